/**
 * Placing a cart (docs/decisions/018), for the completion route and the payment webhook alike, and the cart's
 * parcels as the checkout shows them before.
 */
import { amount } from "./amount"
import type { IWorkflowEngineService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { completeCartInParcelsWorkflowId, type CompleteCartInParcelsResult } from "../workflows/orders/complete-cart-in-parcels"
import { splitIntoParcels } from "./parcels"
import { producersOfProducts } from "./producers-of-cart"

/** Refusals a shopper answers by paying again, answered 200 with the cart, as Medusa answers them. */
const PAYMENT_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

const CART_AFTER_REFUSAL = ["id", "email", "currency_code", "total", "completed_at", "items.*", "shipping_methods.*", "payment_collection.*", "payment_collection.payment_sessions.*"]

export type Placement =
  | { kind: "placed"; result: CompleteCartInParcelsResult }
  | { kind: "payment"; cart: unknown; error: { message: string; name: string; type: string } }

/** Runs the plugin's completion once for the cart; a second call for a placed cart answers the same purchase. */
export async function completeCartInParcels(container: MedusaContainer, cartId: string): Promise<Placement> {
  const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  const { errors, result, transaction } = await engine.run(completeCartInParcelsWorkflowId, { input: { cart_id: cartId }, throwOnError: false })
  if (!transaction.hasFinished()) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed by another request")
  }
  const error = errors?.[0]?.error
  if (error) {
    if (!PAYMENT_ERRORS.includes(error.type)) throw error
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: CART_AFTER_REFUSAL, filters: { id: cartId } })
    return { kind: "payment", cart: data[0], error: { message: error.message, name: error.name, type: error.type } }
  }
  return { kind: "placed", result: result as CompleteCartInParcelsResult }
}

/** The cart cut into parcels with their totals, as its orders will be; null for an unknown cart. */
export async function cartParcels(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id", "currency_code", "item_total", "shipping_total", "total",
      "items.id", "items.product_id", "items.product_title", "items.title", "items.variant_title", "items.quantity", "items.unit_price", "items.total",
      "shipping_methods.id", "shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id", "shipping_methods.adjustments.amount",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  if (!cart) return null
  const producerOf = await producersOfProducts(container, (cart.items ?? []).map((item: any) => item?.product_id))
  const parcels = splitIntoParcels(cart, producerOf)
  const producerIds = parcels.map((p) => p.producer_id).filter((id): id is string => !!id)
  const { data: producers } = producerIds.length
    ? await query.graph({ entity: "producer", fields: ["id", "handle", "name"], filters: { id: producerIds } })
    : { data: [] }
  const producerById = new Map((producers as any[]).map((p) => [p.id, p]))
  const shaped = parcels.map((parcel) => {
    const itemTotal = parcel.items.reduce((sum, item: any) => sum + amount(item.total ?? 0), 0)
    const shippingTotal = parcel.shipping_methods.reduce(
      (sum, method: any) => sum + amount(method.amount) - (method.adjustments ?? []).reduce((a: number, adj: any) => a + amount(adj.amount ?? 0), 0),
      0
    )
    const producer = parcel.producer_id ? producerById.get(parcel.producer_id) : null
    return {
      producer: producer ? { id: producer.id, handle: producer.handle, name: producer.name } : null,
      items: parcel.items.map((item: any) => ({
        id: item.id,
        title: item.product_title ?? item.title,
        variant_title: item.variant_title ?? null,
        quantity: amount(item.quantity),
        total: amount(item.total ?? 0),
      })),
      shipping: parcel.shipping_methods.map((method: any) => ({ shipping_option_id: method.shipping_option_id, name: method.name, amount: amount(method.amount) })),
      item_total: itemTotal,
      shipping_total: shippingTotal,
      total: itemTotal + shippingTotal,
    }
  })
  return {
    cart_id: cart.id,
    currency_code: cart.currency_code,
    parcel_count: shaped.length,
    parcels: shaped,
    item_total: amount(cart.item_total ?? 0),
    shipping_total: amount(cart.shipping_total ?? 0),
    total: amount(cart.total ?? 0),
  }
}
