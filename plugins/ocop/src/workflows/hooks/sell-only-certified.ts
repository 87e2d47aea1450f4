import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { refuseInvalidAddress, refuseUndeliverableCart } from "../../checkout/address"
import { arePickups, refusePickupThatLacksItems } from "../../checkout/cart-check"
import { OCOP_MODULE } from "../../modules/ocop"
import { MIN_SHOWABLE_STARS } from "../../modules/ocop/rules"
import type OcopModuleService from "../../modules/ocop/service"

/**
 * Medusa 2.21's cart workflows do not check that a variant's product belongs to the cart's sales channel (only
 * that its stock sits at a location of that channel), so channel membership alone does not keep an uncertified
 * product out of a cart: a shopper who knows a variant id could buy it. These hooks refuse, before anything is
 * written, a variant whose product is not showable today in the catalogue read model (the same query as the
 * store's list, so the rule has one home) or is not in the cart's sales channel. They also run at checkout, so
 * a certificate that lapses while the product sits in a cart stops the sale.
 *
 * The same hooks (Medusa allows one handler per hook) keep the checkout's rules (src/checkout/): addresses are
 * Vietnamese addresses after the 2025 reform with a mobile number, a pickup point sells everything in the cart,
 * and an order is placed only with an e-mail, a phone and (unless picked up at a sales point) an address
 * (`refuseCartNotReadyToPlace`, run by the plugin's completion). Each refuses before anything is written.
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await refuseVariantsNotOnSale(container, (input.items ?? []).map((item: any) => item.variant_id), cart.sales_channel_id)
})

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  refuseInvalidAddress((cart as any).shipping_address)
  refuseInvalidAddress((cart as any).billing_address, "billing_address")
  await refuseVariantsNotOnSale(container, ((cart as any).items ?? []).map((item: any) => item.variant_id), (cart as any).sales_channel_id)
})

/**
 * Carts become orders through the plugin's completion, one order per producer (workflows/orders,
 * docs/decisions/018), never through Medusa's own completion workflow: Medusa still runs it by name when a payment
 * provider's webhook reports a payment for a cart not yet completed, and the plugin's own webhook subscriber
 * places that cart instead (subscribers/payment-webhook-completion.ts).
 */
completeCartWorkflow.hooks.validate(async ({ cart }) => {
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Giỏ hàng ${(cart as any)?.id} được đặt theo từng nhà sản xuất qua /store/carts/:id/complete / ` +
      `cart ${(cart as any)?.id} is placed one order per producer through /store/carts/:id/complete, not by Medusa's single-order completion`
  )
})

/** Whether a cart may be placed now; the plugin's completion runs this before it writes anything. */
export async function refuseCartNotReadyToPlace(container: MedusaContainer, cart: any) {
  const items = (cart?.items ?? []) as any[]
  if (!items.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Giỏ hàng trống / the cart has no items")
  }
  await refuseVariantsNotOnSale(container, items.map((item: any) => item.variant_id), cart.sales_channel_id)
  const optionIds = (cart.shipping_methods ?? []).map((method: any) => method?.shipping_option_id).filter(Boolean)
  refuseUndeliverableCart(cart, { pickup: optionIds.length > 0 && (await arePickups(container, optionIds)) })
  if (!optionIds.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Hãy chọn giao hàng tận nơi hoặc nhận tại điểm bán / choose home delivery or pickup at a sales point (no shipping method)"
    )
  }
  await refusePickupThatLacksItems(container, cart.id, optionIds)
}

updateCartWorkflow.hooks.validate(async ({ input }) => {
  refuseInvalidAddress((input as any).shipping_address)
  refuseInvalidAddress((input as any).billing_address, "billing_address")
})

addShippingMethodToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await refusePickupThatLacksItems(container, input.cart_id, (input.options ?? []).map((option) => option.id))
})

export async function refuseVariantsNotOnSale(
  container: MedusaContainer,
  variantIds: (string | null | undefined)[],
  salesChannelId: string | null | undefined,
  now = new Date()
) {
  const ids = [...new Set(variantIds.filter((id): id is string => !!id))]
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "product.handle", "product.title", "product.sales_channels.id"],
    filters: { id: ids },
  })
  // Unknown variants are Medusa's to refuse, with its own message.
  const variants = (data as any[]).filter((variant) => variant?.product?.handle)
  if (!variants.length) return

  const handles = [...new Set(variants.map((variant) => variant.product.handle as string))]
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const { rows } = await ocop.listCatalogue({ now, product_handles: handles }, { limit: handles.length, offset: 0 })
  const showable = new Set(rows.map((row) => row.handle))

  for (const variant of variants) {
    const { handle, title } = variant.product
    if (!showable.has(handle)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Sản phẩm "${title}" không có chứng nhận OCOP từ ${MIN_SHOWABLE_STARS} sao còn hiệu lực nên không được bán / ` +
          `"${title}" is not for sale: it has no valid OCOP certificate of ${MIN_SHOWABLE_STARS} stars or more`
      )
    }
    const channels = ((variant.product.sales_channels ?? []) as ({ id: string } | null)[]).map((channel) => channel?.id)
    if (salesChannelId && !channels.includes(salesChannelId)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Sản phẩm "${title}" không được bán trên kênh bán hàng của giỏ hàng này / ` +
          `"${title}" is not sold in this cart's sales channel`
      )
    }
  }
}
