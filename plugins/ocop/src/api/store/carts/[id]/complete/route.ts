import { amount } from "../../../../../orders/amount"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartInParcels } from "../../../../../orders/place-cart"

/**
 * Medusa's `POST /store/carts/:id/complete`, answered by the plugin (docs/decisions/018): the cart becomes one
 * order per producer under one purchase. Behind the checkout's stock gate (checkout/stock-gate.ts, a middleware
 * of this route), like Medusa's handler before it, and with Medusa's answers: a payment that needs the shopper
 * again is a 200 `type: "cart"` with the error; any other refusal is a 4xx.
 *
 * The answer keeps Medusa's shape, `{ type: "order", order }`, where `order` is the purchase's first parcel (a
 * purchase of one producer is exactly the order Medusa would have answered), and adds `order_group`: the
 * purchase's number, totals and every parcel. Read the purchase from `order_group`.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const cartId = req.params.id!
  const outcome = await completeCartInParcels(req.scope, cartId)
  if (outcome.kind === "payment") {
    res.status(200).json({ type: "cart", cart: outcome.cart, error: outcome.error })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: groups }] = await Promise.all([
    query.graph({ entity: "order", fields: req.queryConfig.fields, filters: { id: outcome.result.order_ids[0]! } }),
    outcome.result.order_group_id
      ? query.graph({
          entity: "order_group",
          fields: ["id", "display_id", "parcel_count", "payment_mode", "currency_code", "item_total", "shipping_total", "total", "orders.id", "orders.display_id", "orders.total", "orders.producer.id", "orders.producer.handle", "orders.producer.name"],
          filters: { id: outcome.result.order_group_id },
        })
      : Promise.resolve({ data: [] }),
  ])
  if (!orders[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart ${cartId} has no order`)
  const group = groups[0] as any
  res.status(200).json({
    type: "order",
    order: orders[0],
    order_group: group
      ? {
          id: group.id,
          display_id: amount(group.display_id),
          parcel_count: group.parcel_count,
          payment_mode: group.payment_mode,
          currency_code: group.currency_code,
          item_total: amount(group.item_total),
          shipping_total: amount(group.shipping_total),
          total: amount(group.total),
          orders: ((group.orders ?? []) as any[])
            .filter(Boolean)
            .sort((a, b) => amount(a.display_id) - amount(b.display_id))
            .map((order) => ({
              id: order.id,
              display_id: amount(order.display_id),
              total: amount(order.total),
              producer: order.producer ? { id: order.producer.id, handle: order.producer.handle, name: order.producer.name } : null,
            })),
        }
      : null,
  })
}
