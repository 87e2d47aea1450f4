import { amount } from "../../../orders/amount"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { commissionOn, defaultCommissionRate } from "../../../orders/commission"
import { PRODUCER_ORDER_ROW_FIELDS, pickupOptionIds, producerOrderRow } from "../../../orders/producer-orders"

export type ParcelOrder = { order_id: string; producer_id: string | null; order_group_id: string }

/**
 * What the marketplace keeps of each producer's new order: its row in the producer's order list (a read model,
 * models/producer-order.ts) and the platform's commission on each of its lines, at the producer's rate of the
 * day. Read from the orders as Medusa computed them (line totals after discounts, VAT included). Undone with
 * the orders.
 */
export const recordParcelOrdersStep = createStep(
  "ocop-record-parcel-orders",
  async (input: { parcels: ParcelOrder[] }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const ofProducers = input.parcels.filter((p): p is ParcelOrder & { producer_id: string } => !!p.producer_id)
    if (!ofProducers.length) return new StepResponse({ rows: 0, lines: 0 }, { rowIds: [], lineIds: [] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [...PRODUCER_ORDER_ROW_FIELDS, "items.id", "items.total"],
      filters: { id: ofProducers.map((p) => p.order_id) },
    })
    const producerOf = new Map(ofProducers.map((p) => [p.order_id, p.producer_id]))
    const groupOf = new Map(ofProducers.map((p) => [p.order_id, p.order_group_id]))
    const pickups = await pickupOptionIds(container, orders as any[])
    const rows = await marketplace.createProducerOrders(
      (orders as any[]).map((order) => producerOrderRow(order, { producer_id: producerOf.get(order.id)!, order_group_id: groupOf.get(order.id)! }, pickups))
    )
    const producerIds = [...new Set(ofProducers.map((p) => p.producer_id))]
    const agreed = await marketplace.listCommissionRates({ producer_id: producerIds })
    const rateOf = new Map(agreed.map((r) => [r.producer_id, amount(r.rate)]))
    const fallback = defaultCommissionRate()
    const lines = await marketplace.createCommissionLines(
      (orders as any[]).flatMap((order) => {
        const producerId = producerOf.get(order.id)!
        const rate = rateOf.get(producerId) ?? fallback
        return (order.items ?? []).filter(Boolean).map((item: any) => ({
          order_id: order.id,
          line_item_id: item.id,
          producer_id: producerId,
          rate,
          base_amount: amount(item.total),
          amount: commissionOn(amount(item.total), rate),
          currency_code: order.currency_code,
        }))
      })
    )
    return new StepResponse({ rows: rows.length, lines: lines.length }, { rowIds: rows.map((r) => r.id), lineIds: lines.map((l) => l.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    if (undo.lineIds.length) await marketplace.deleteCommissionLines(undo.lineIds)
    if (undo.rowIds.length) await marketplace.deleteProducerOrders(undo.rowIds)
  }
)
