/**
 * Whether a cart can be checked out as it stands, and where it could be picked up: the one place that knows
 * (the store route `/store/ocop/carts/:id/check` shows it to the shopper, the cart hooks enforce it).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

export type CartItemCheck = {
  id: string
  product_handle: string | null
  title: string
  /** Its product is certified (showable by rules.ts today) and on sale in the cart's channel. */
  on_sale: boolean
}

export type PickupOption = { shipping_option_id: string; sales_point_handle: string }

export type CartCheck = {
  items: CartItemCheck[]
  /** Not empty and every item on sale. */
  can_complete: boolean
  /** Sales points that sell every product of the cart, with their pickup shipping option. */
  pickup: PickupOption[]
}

type CartRow = {
  id: string
  items?: ({ id: string; title: string; product_title?: string | null; product_handle?: string | null; product_id?: string | null } | null)[] | null
}

export async function checkCart(container: MedusaContainer, cartId: string, now = new Date()): Promise<CartCheck> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.title", "items.product_title", "items.product_handle", "items.product_id"],
    filters: { id: cartId },
  })
  const cart = data[0] as CartRow | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có giỏ hàng ${cartId} / cart ${cartId} was not found`)
  const items = (cart.items ?? []).filter((item): item is NonNullable<typeof item> => !!item)
  const handles = [...new Set(items.map((item) => item.product_handle).filter((h): h is string => !!h))]
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const { rows } = handles.length
    ? await ocop.listCatalogue({ now, product_handles: handles }, { limit: handles.length, offset: 0 })
    : { rows: [] }
  const rowOf = new Map(rows.map((row) => [row.handle, row]))
  const checks = items.map((item) => ({
    id: item.id,
    product_handle: item.product_handle ?? null,
    title: item.product_title ?? item.title,
    on_sale: !!item.product_handle && rowOf.has(item.product_handle),
  }))
  const can_complete = checks.length > 0 && checks.every((item) => item.on_sale)
  return { items: checks, can_complete, pickup: can_complete ? await pickupFor(container, handles.map((h) => rowOf.get(h)!.sales_point_handles)) : [] }
}

/** Points in every product's list, active, with a pickup shipping option at their stock location. */
async function pickupFor(container: MedusaContainer, lists: string[][]): Promise<PickupOption[]> {
  if (!lists.length) return []
  const common = lists.slice(1).reduce((acc, list) => acc.filter((handle) => list.includes(handle)), lists[0] ?? [])
  if (!common.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_point",
    fields: [
      "handle",
      "active",
      "stock_location.fulfillment_sets.type",
      "stock_location.fulfillment_sets.service_zones.shipping_options.id",
    ],
    filters: { handle: common, active: true },
  })
  const options: PickupOption[] = []
  for (const point of data as any[]) {
    const sets = (point.stock_location?.fulfillment_sets ?? []).filter((set: any) => set?.type === "pickup")
    const option = sets.flatMap((set: any) => set.service_zones ?? []).flatMap((zone: any) => zone?.shipping_options ?? [])[0]
    if (option?.id) options.push({ shipping_option_id: option.id, sales_point_handle: point.handle })
  }
  return options.sort((a, b) => common.indexOf(a.sales_point_handle) - common.indexOf(b.sales_point_handle))
}

/** Whether every one of these shipping options is a pickup at a sales point (then the order needs no address). */
export async function arePickups(container: MedusaContainer, optionIds: string[]): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type"],
    filters: { id: optionIds },
  })
  return data.length === optionIds.length && (data as any[]).every((option) => option?.service_zone?.fulfillment_set?.type === "pickup")
}

/**
 * A shipping option that is a pickup at a sales point must be at a point that sells every product in the cart:
 * a kiosk is not asked to hand over what it does not carry. Home delivery options pass.
 */
export async function refusePickupThatLacksItems(container: MedusaContainer, cartId: string, optionIds: string[]) {
  if (!optionIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "service_zone.fulfillment_set.type"],
    filters: { id: optionIds },
  })
  const pickups = (data as any[]).filter((option) => option?.service_zone?.fulfillment_set?.type === "pickup")
  if (!pickups.length) return
  const { pickup } = await checkCart(container, cartId)
  for (const option of pickups) {
    if (!pickup.some((p) => p.shipping_option_id === option.id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Không thể nhận tại "${option.name}": điểm bán này không bán đủ các sản phẩm trong giỏ / ` +
          `pickup "${option.name}" is not possible: that sales point does not sell every product in the cart`
      )
    }
  }
}
