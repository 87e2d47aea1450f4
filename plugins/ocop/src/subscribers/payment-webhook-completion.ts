import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { IPaymentModuleService, ProviderWebhookPayload } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { underCartGate } from "../checkout/stock-gate"
import { completeCartInParcels } from "../orders/place-cart"

/**
 * A payment provider's webhook may report a cart's payment before the shopper is back to complete it (a card
 * authorised or captured while the browser was closed). Medusa then completes the cart with its own
 * single-order workflow, which the plugin refuses (workflows/hooks/sell-only-certified.ts); this subscriber
 * places the cart instead, one order per producer, through the same stock gate as the completion route. Medusa's
 * own handler of the event still authorises or captures the payment; the cart's lock orders the two.
 */
export default async function completeCartOnPayment({ event, container }: SubscriberArgs<ProviderWebhookPayload>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const input = { ...event.data, payload: { ...event.data.payload } } as ProviderWebhookPayload
  const raw = input.payload?.rawData as unknown as { type?: string; data?: number[] } | undefined
  if (raw?.type === "Buffer") input.payload.rawData = Buffer.from(raw.data ?? [])
  const { action, data } = await payments.getWebhookActionAndData(input)
  if (!data?.session_id || (action !== PaymentActions.AUTHORIZED && action !== PaymentActions.SUCCESSFUL)) return

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["payment_collection_id"], filters: { id: data.session_id } })
  const collectionId = (sessions[0] as any)?.payment_collection_id
  if (!collectionId) return
  const { data: links } = await query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: collectionId } })
  const cartId = (links[0] as any)?.cart_id as string | undefined
  if (!cartId) return
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cartId } })
  if (!carts[0] || (carts[0] as any).completed_at) return
  try {
    const placed = await underCartGate(container, cartId, () => completeCartInParcels(container, cartId))
    if (placed.kind === "payment") logger.warn(`Cart ${cartId} paid by webhook could not be placed: ${placed.error.message}`)
  } catch (error) {
    logger.error(`Cart ${cartId} paid by webhook could not be placed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "ocop-complete-cart-on-payment" },
}
