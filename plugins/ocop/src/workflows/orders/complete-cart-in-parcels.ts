/**
 * One cart, one order per producer (docs/decisions/018): Mercur's `complete-cart-with-split-orders` on the
 * OCOP producer, in place of Medusa's `completeCartWorkflow`, whose steps it follows one by one (validate,
 * create the orders, link, reserve, complete the cart, count promotions, authorise the payment last). Every step
 * that writes has a compensation, so a failure at any point (a reservation refused, a payment declined) leaves
 * no order, no purchase, no reservation and the cart as it was: no half-split purchase survives.
 *
 * The payment is taken once for the purchase (VietQR transfer, card: the cart's payment session, authorised
 * once) or per parcel (cash on delivery of several parcels: a payment collection per order, paid to each
 * courier). Delivery is charged per parcel (providers/parcel-delivery); each order carries its parcel's share.
 */
import { amount } from "../../orders/amount"
import { MedusaError, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  compensatePaymentIfNeededStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  updateCartsStep,
  useQueryGraphStep,
  validateCartItemsStep,
  validateCartPaymentsStep,
  validateShippingStep,
} from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import { OCOP_MODULE } from "../../modules/ocop"
import { orderOfParcel, reservationsFor } from "../../orders/parcel-orders"
import { splitIntoParcels } from "../../orders/parcels"
import { MarketplaceEvents } from "../../producers/events"
import { createOrderGroupsStep } from "./steps/create-order-group"
import { findProducersStep } from "./steps/find-producers"
import { payPurchaseStep } from "./steps/pay-purchase"
import { recordParcelOrdersStep } from "./steps/record-parcel-orders"
import { refuseUnreadyCartStep } from "./steps/refuse-unready-cart"
import { registerPromotionUsageStep } from "./steps/register-promotion-usage"


/** Where each order records the parcel it was made for: Medusa's createOrders does not promise to answer in the order asked. */
const PARCEL_INDEX_KEY = "ocop_parcel"

/** The parcel an order was made for, by the index written on it; its position only for an order without one. */
function parcelOfOrder<P>(parcels: P[], order: { metadata?: Record<string, unknown> | null } | null | undefined, position: number): P {
  const index = order?.metadata?.[PARCEL_INDEX_KEY]
  return parcels[typeof index === "number" && index >= 0 && index < parcels.length ? index : position]!
}

export const completeCartInParcelsWorkflowId = "ocop-complete-cart-in-parcels"

/** Cash on delivery: Medusa's system provider. */
export const CASH_ON_DELIVERY = "pp_system_default"

const THIRTY_SECONDS = 30
const TWO_MINUTES = 120
const THREE_DAYS = 60 * 60 * 24 * 3

/** What Medusa's completion reads of a cart (core-flows' `completeCartFields`), and each line's product. */
export const CART_FIELDS = [
  "id", "email", "locale", "currency_code", "region_id", "sales_channel_id", "customer_id", "metadata", "completed_at",
  "total", "item_total", "shipping_total", "credit_line_total",
  "region.id", "customer.id",
  "items.*", "items.total", "items.tax_lines.*", "items.adjustments.*",
  "items.variant.id", "items.variant.manage_inventory", "items.variant.allow_backorder",
  "items.variant.product.id", "items.variant.product.is_giftcard", "items.variant.product.shipping_profile.id",
  "items.variant.inventory_items.inventory_item_id", "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.requires_shipping",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
  "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
  "items.variant.inventory_items.inventory.location_levels.stock_locations.id",
  "items.variant.inventory_items.inventory.location_levels.stock_locations.sales_channels.id",
  "shipping_methods.*", "shipping_methods.tax_lines.*", "shipping_methods.adjustments.*",
  "shipping_address.*", "billing_address.*", "credit_lines.*",
  "payment_collection.*", "payment_collection.payment_sessions.*",
  "promotions.id", "promotions.code",
]

export type CompleteCartInParcelsResult = { order_group_id: string | null; order_ids: string[] }

export const completeCartInParcelsWorkflow = createWorkflow(
  { name: completeCartInParcelsWorkflowId, store: true, idempotent: false, retentionTime: THREE_DAYS },
  (input: { cart_id: string }) => {
    acquireLockStep({ key: input.cart_id, timeout: THIRTY_SECONDS, ttl: TWO_MINUTES })

    const [placed, legacy, cartQuery] = parallelize(
      useQueryGraphStep({
        entity: "order_group",
        fields: ["id", "orders.id", "orders.display_id"],
        filters: { cart_id: input.cart_id },
      }).config({ name: "placed-group-query" }),
      useQueryGraphStep({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: input.cart_id } }).config({ name: "order-cart-query" }),
      useQueryGraphStep({ entity: "cart", fields: CART_FIELDS, filters: { id: input.cart_id }, options: { throwIfKeyNotFound: true } }).config({
        name: "cart-query",
      })
    )
    const cart = transform({ cartQuery }, ({ cartQuery }) => cartQuery.data[0] as any)
    // A cart completed before: its purchase (or, for a cart Medusa completed before the split existed, its order).
    const earlier = transform({ placed, legacy }, ({ placed, legacy }): CompleteCartInParcelsResult | null => {
      const group = placed.data[0] as any
      if (group) {
        const ids = ((group.orders ?? []) as any[]).filter(Boolean).sort((a, b) => a.display_id - b.display_id).map((o) => o.id as string)
        return { order_group_id: group.id, order_ids: ids }
      }
      const orderIds = (legacy.data as any[]).map((link) => link.order_id as string)
      return orderIds.length ? { order_group_id: null, order_ids: orderIds } : null
    })

    validateCartItemsStep({ cart } as any)
    const paymentSessions = validateCartPaymentsStep({ cart } as any)
    compensatePaymentIfNeededStep({ payment_session_id: transform({ paymentSessions }, ({ paymentSessions }) => paymentSessions[0]?.id) })

    const created = when("place-parcels", { earlier }, ({ earlier }) => !earlier).then(() => {
      refuseUnreadyCartStep({ cart })
      const optionIds = transform({ cart }, ({ cart }) => (cart.shipping_methods ?? []).map((m: any) => m.shipping_option_id))
      const { data: shippingOptions } = useQueryGraphStep({
        entity: "shipping_option",
        fields: ["id", "shipping_profile_id"],
        filters: { id: optionIds },
      }).config({ name: "shipping-options-query" })
      validateShippingStep({ cart, shippingOptions } as any)

      const productIds = transform({ cart }, ({ cart }) => (cart.items ?? []).map((item: any) => item.product_id).filter(Boolean))
      const producerLinks = findProducersStep(transform({ productIds }, ({ productIds }) => ({ product_ids: productIds as string[] })))

      const plan = transform({ cart, producerLinks, paymentSessions }, ({ cart, producerLinks, paymentSessions }) => {
        const producerOf = new Map(producerLinks as [string, string][])
        const parcels = splitIntoParcels(cart, producerOf)
        const providerId = (paymentSessions[0]?.provider_id as string | undefined) ?? null
        const perParcel = providerId === CASH_ON_DELIVERY && parcels.length > 1
        if (parcels.length > 1 && (cart.credit_lines ?? []).filter(Boolean).length) {
          // No shopper path makes credit lines here; splitting a credit over parcels is a decision not yet made.
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            "Giỏ hàng có khoản ghi có không chia được cho nhiều nhà sản xuất / a cart with credit lines cannot be split over several producers"
          )
        }
        return {
          parcels: parcels.map((parcel, index) => {
            const order = orderOfParcel(cart, parcel)
            return { producer_id: parcel.producer_id, order: { ...order, metadata: { ...(order.metadata ?? {}), [PARCEL_INDEX_KEY]: index } }, total: parcelTotal(parcel) }
          }),
          provider_id: providerId,
          session_id: (paymentSessions[0]?.id as string | undefined) ?? null,
          payment_mode: (providerId === CASH_ON_DELIVERY ? "per_parcel" : "once") as "per_parcel" | "once",
          pay_once: !perParcel,
        }
      })

      const orders = createOrdersStep(transform({ plan }, ({ plan }) => plan.parcels.map((p) => p.order)) as any)

      const groupInput = transform({ cart, orders, plan }, ({ cart, orders, plan }) => {
        return [{
          display_id: amount((orders as any[])[0].display_id),
          cart_id: cart.id,
          customer_id: cart.customer?.id ?? cart.customer_id ?? null,
          email: cart.email ?? null,
          currency_code: cart.currency_code,
          parcel_count: (orders as any[]).length,
          payment_mode: plan.payment_mode,
          item_total: amount(cart.item_total),
          shipping_total: amount(cart.shipping_total),
          total: amount(cart.total),
        }]
      })
      const group = transform({ groups: createOrderGroupsStep(groupInput) }, ({ groups }) => groups[0]!)

      const links = transform({ cart, orders, plan, group }, ({ cart, orders, plan, group }) => {
        const rows: any[] = []
        ;(orders as any[]).forEach((order, i) => {
          rows.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cart.id } })
          rows.push({ [MARKETPLACE_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id: order.id } })
          const producerId = parcelOfOrder(plan.parcels, order, i).producer_id
          if (producerId) rows.push({ [Modules.ORDER]: { order_id: order.id }, [OCOP_MODULE]: { producer_id: producerId } })
          const codes = new Set<string>((order.promo_codes ?? parcelOfOrder(plan.parcels, order, i).order.promo_codes ?? []) as string[])
          for (const promotion of (cart.promotions ?? []).filter(Boolean)) {
            if (codes.has(promotion.code)) rows.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.PROMOTION]: { promotion_id: promotion.id } })
          }
        })
        return rows
      })
      createRemoteLinkStep(links)

      const parcelOrders = transform({ orders, plan, group }, ({ orders, plan, group }) => ({
        parcels: (orders as any[]).map((order, i) => ({ order_id: order.id as string, producer_id: parcelOfOrder(plan.parcels, order, i).producer_id, order_group_id: group.id as string })),
      }))
      const usage = transform({ cart }, ({ cart }) => ({
        computedActions: [...(cart.items ?? []), ...(cart.shipping_methods ?? [])]
          .flatMap((line: any) => line?.adjustments ?? [])
          .filter((a: any) => a?.code)
          .map((a: any) => ({ amount: a.amount, code: a.code })),
        registrationContext: { customer_id: cart.customer?.id ?? null, customer_email: cart.email ?? null },
      }))
      const events = transform({ orders }, ({ orders }) => (orders as any[]).map((order) => ({ id: order.id })))
      parallelize(
        recordParcelOrdersStep(parcelOrders),
        updateCartsStep(transform({ cart }, ({ cart }) => [{ id: cart.id, completed_at: new Date() }])),
        reserveInventoryStep(transform({ cart, orders }, ({ cart, orders }) => ({ items: reservationsFor(cart, orders as any[]) })) as any),
        registerPromotionUsageStep(usage),
        emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: events }).config({ name: "orders-placed-event" }),
        emitEventStep({ eventName: MarketplaceEvents.ORDER_GROUP_PLACED, data: transform({ group }, ({ group }) => ({ id: group.id })) }).config({
          name: "order-group-placed-event",
        })
      )

      // As in Medusa's completion, the money moves last: nothing after it can fail but the links and records.
      const paid = payPurchaseStep(
        transform({ orders, plan }, ({ orders, plan }) => ({
          mode: (plan.pay_once ? "once" : "per_parcel") as "once" | "per_parcel",
          session_id: plan.session_id,
          provider_id: plan.provider_id,
          order_ids: (orders as any[]).map((o) => o.id as string),
        }))
      )
      const paymentLinks = transform({ paid, orders, group, cart }, ({ paid, orders, group, cart }) => {
        const list = orders as any[]
        if (paid.parcels.length) {
          return paid.parcels.map((made) => ({ [Modules.ORDER]: { order_id: made.order_id }, [Modules.PAYMENT]: { payment_collection_id: made.payment_collection_id } }))
        }
        const collectionId = (paid.payment as any)?.payment_collection_id ?? cart.payment_collection?.id
        if (!collectionId) return []
        // A purchase of one parcel is paid as Medusa pays any order; several parcels share the purchase's payment.
        return list.length === 1
          ? [{ [Modules.ORDER]: { order_id: list[0].id }, [Modules.PAYMENT]: { payment_collection_id: collectionId } }]
          : [{ [MARKETPLACE_MODULE]: { order_group_id: group.id }, [Modules.PAYMENT]: { payment_collection_id: collectionId } }]
      })
      createRemoteLinkStep(paymentLinks).config({ name: "link-payments" })

      // A payment captured already (a card captured at authorisation) is recorded on the orders, each its share.
      const transactions = transform({ paid, orders, plan }, ({ paid, orders, plan }) =>
        capturedShares(paid.payment as any, (orders as any[]).map((o, i) => ({ id: o.id as string, total: parcelOfOrder(plan.parcels, o, i).total })))
      )
      addOrderTransactionStep(transactions)

      return transform({ group, orders }, ({ group, orders }): CompleteCartInParcelsResult => ({
        order_group_id: group.id,
        order_ids: (orders as any[]).map((o) => o.id as string),
      }))
    })

    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(transform({ created, earlier }, ({ created, earlier }) => (created ?? earlier)!))
  }
)

/** What a parcel costs: its lines (after discounts, VAT included) and its share of the delivery. */
function parcelTotal(parcel: { items: any[]; shipping_methods: any[] }) {
  const lines = parcel.items.reduce((sum, item) => sum + amount(item.total ?? 0), 0)
  const delivery = parcel.shipping_methods.reduce(
    (sum, method) => sum + amount(method.amount ?? 0) - (method.adjustments ?? []).reduce((a: number, adj: any) => a + amount(adj.amount ?? 0), 0),
    0
  )
  return lines + delivery
}

/** Each capture of the purchase's payment shared over its orders in proportion to their totals, in whole đồng. */
export function capturedShares(payment: any, orders: { id: string; total: number }[]) {
  const captures = ((payment?.captures ?? []) as any[]).filter(Boolean)
  if (!captures.length || !orders.length) return []
  const totals = orders.map((o) => amount(o.total))
  const whole = totals.reduce((a, b) => a + b, 0)
  return captures.flatMap((capture) => {
    const captured = amount(capture.raw_amount ?? capture.amount)
    let given = 0
    return orders.map((order, i) => {
      const share = i === orders.length - 1 ? captured - given : whole ? Math.round((captured * totals[i]!) / whole) : 0
      given += share
      return { order_id: order.id, amount: share, currency_code: payment.currency_code, reference: "capture", reference_id: capture.id }
    })
  })
}
