/**
 * Purchases written in bulk, for the bench's seed (`npm run seed -- --orders N`): a producer's order list is
 * measured with thousands of orders in the database, and a checkout of each through the Store API would take
 * hours here. Each purchase goes through the same split (orders/parcels.ts), the same order, group and link
 * shapes, the same commission and order-list records and the same stock reservations as a checkout; what it
 * skips is the cart and the payment (no payment collection: cash due on delivery) and the mails.
 */
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrdersStep, createRemoteLinkStep, reserveInventoryStep } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import { OCOP_MODULE } from "../../modules/ocop"
import { amount } from "../../orders/amount"
import { parcelDeliveryPrice } from "../../orders/parcel-pricing"
import { orderOfParcel, reservationsFor } from "../../orders/parcel-orders"
import { splitIntoParcels } from "../../orders/parcels"
import { producersOfProducts } from "../../orders/producers-of-cart"
import { createOrderGroupsStep } from "./steps/create-order-group"
import { recordParcelOrdersStep } from "./steps/record-parcel-orders"

export type BulkPurchase = {
  email: string
  shipping_address: Record<string, unknown>
  lines: { variant_id: string; quantity: number }[]
}

export type PlaceOrdersInBulkInput = {
  region_id: string
  sales_channel_id: string
  currency_code: string
  /** A per-parcel home delivery option (providers/parcel-delivery). */
  shipping_option_id: string
  purchases: BulkPurchase[]
}

const VARIANT_FIELDS = [
  "id", "title", "sku", "manage_inventory", "allow_backorder", "prices.amount", "prices.currency_code",
  "product.id", "product.title", "product.handle", "product.thumbnail", "product.shipping_profile.id",
  "inventory_items.inventory_item_id", "inventory_items.required_quantity",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
  "inventory_items.inventory.location_levels.stock_locations.id",
  "inventory_items.inventory.location_levels.stock_locations.sales_channels.id",
]

/** Variants, their producers and the delivery option, read once for the whole batch. */
const loadBulkDataStep = createStep("ocop-load-bulk-purchase-data", async (input: PlaceOrdersInBulkInput, { container }) => {
  const query = container.resolve("query")
  const variantIds = [...new Set(input.purchases.flatMap((p) => p.lines.map((l) => l.variant_id)))]
  const [{ data: variants }, { data: options }] = await Promise.all([
    query.graph({ entity: "variant", fields: VARIANT_FIELDS, filters: { id: variantIds } }),
    query.graph({ entity: "shipping_option", fields: ["id", "name", "data"], filters: { id: input.shipping_option_id } }),
  ])
  const producers = await producersOfProducts(container, (variants as any[]).map((v) => v.product?.id))
  return new StepResponse({ variants: variants as any[], option: options[0] as any, producers: [...producers.entries()] })
})

export const placeOrdersInBulkWorkflow = createWorkflow("ocop-place-orders-in-bulk", (input: PlaceOrdersInBulkInput) => {
  const data = loadBulkDataStep(input)
  const plan = transform({ input, data }, ({ input, data }) => {
    const variantOf = new Map(data.variants.map((v) => [v.id, v]))
    const producerOf = new Map(data.producers as [string, string][])
    const parcelPrice = amount(data.option.data?.parcel_price)
    const allLines: any[] = []
    const purchases = input.purchases.map((purchase, p) => {
      const items = purchase.lines.map((line, l) => {
        const variant = variantOf.get(line.variant_id)
        if (!variant) throw new Error(`variant ${line.variant_id} not found`)
        const price = (variant.prices ?? []).find((pr: any) => pr?.currency_code === input.currency_code)
        const item = {
          id: `bulk-${p}-${l}`,
          product_id: variant.product.id,
          variant_id: variant.id,
          variant,
          quantity: line.quantity,
          unit_price: amount(price?.amount),
          title: variant.product.title,
          product_title: variant.product.title,
          product_handle: variant.product.handle,
          variant_title: variant.title,
          variant_sku: variant.sku,
          thumbnail: variant.product.thumbnail,
          is_tax_inclusive: true,
          requires_shipping: true,
        }
        allLines.push(item)
        return item
      })
      const parcelCount = new Set(items.map((item) => producerOf.get(item.product_id) ?? "")).size
      const cart = {
        id: undefined,
        region_id: input.region_id,
        sales_channel_id: input.sales_channel_id,
        currency_code: input.currency_code,
        email: purchase.email,
        shipping_address: purchase.shipping_address,
        billing_address: purchase.shipping_address,
        items,
        shipping_methods: [
          {
            name: data.option.name,
            amount: parcelDeliveryPrice(parcelPrice, parcelCount),
            is_tax_inclusive: true,
            shipping_option_id: data.option.id,
            data: {},
          },
        ],
      }
      const parcels = splitIntoParcels(cart as any, producerOf)
      return { cart, parcels: parcels.map((parcel) => ({ producer_id: parcel.producer_id, order: orderOfParcel(cart, parcel as any) })) }
    })
    return { purchases, lines: allLines }
  })
  const orders = createOrdersStep(transform({ plan }, ({ plan }) => plan.purchases.flatMap((p) => p.parcels.map((parcel) => parcel.order))) as any)
  const groups = createOrderGroupsStep(
    transform({ plan, orders, input }, ({ plan, orders, input }) => {
      let at = 0
      return plan.purchases.map((purchase) => {
        const own = (orders as any[]).slice(at, (at += purchase.parcels.length))
        const items = purchase.cart.items.reduce((sum: number, item: any) => sum + item.unit_price * item.quantity, 0)
        const shipping = amount(purchase.cart.shipping_methods[0]!.amount)
        return {
          display_id: amount(own[0].display_id),
          cart_id: null,
          customer_id: null,
          email: purchase.cart.email,
          currency_code: input.currency_code,
          parcel_count: own.length,
          payment_mode: "per_parcel" as const,
          item_total: items,
          shipping_total: shipping,
          total: items + shipping,
        }
      })
    })
  )
  const parcels = transform({ plan, orders, groups }, ({ plan, orders, groups }) => {
    const rows: { order_id: string; producer_id: string | null; order_group_id: string }[] = []
    let at = 0
    plan.purchases.forEach((purchase, p) => {
      for (const parcel of purchase.parcels) rows.push({ order_id: (orders as any[])[at++].id, producer_id: parcel.producer_id, order_group_id: groups[p]!.id })
    })
    return rows
  })
  createRemoteLinkStep(
    transform({ parcels }, ({ parcels }) => {
      const links: Record<string, Record<string, string>>[] = []
      for (const p of parcels) {
        links.push({ [MARKETPLACE_MODULE]: { order_group_id: p.order_group_id }, [Modules.ORDER]: { order_id: p.order_id } })
        if (p.producer_id) links.push({ [Modules.ORDER]: { order_id: p.order_id }, [OCOP_MODULE]: { producer_id: p.producer_id } })
      }
      return links
    })
  )
  recordParcelOrdersStep(transform({ parcels }, ({ parcels }) => ({ parcels })))
  reserveInventoryStep(
    transform({ plan, orders, input }, ({ plan, orders, input }) => ({
      items: reservationsFor({ sales_channel_id: input.sales_channel_id, items: plan.lines }, orders as any[]),
    })) as any
  )
  return new WorkflowResponse(transform({ orders, groups }, ({ orders, groups }) => ({ orders: (orders as any[]).length, purchases: groups.length })))
})
