import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { loadPurchase } from "../../../../../../orders/order-groups"
import { cancelParcelWorkflow } from "../../../../../../workflows/orders/fulfil-parcel"
import { notFound } from "../../../helpers"
import type { StoreOcopCancelPurchaseType } from "../../../validators"

/**
 * The shopper cancels her whole purchase before any producer packs it (orders/shopper-cancel.ts says when), for
 * whom may read the order (decision 026's guard runs first). Each parcel goes through the producer's own
 * cancellation (Medusa's cancel workflow: reservations released, the courier's cash payment cancelled, a mail to
 * the shopper); a card held for the whole purchase is then released. Answers the purchase as it now is.
 */
export async function POST(req: MedusaRequest<StoreOcopCancelPurchaseType>, res: MedusaResponse) {
  const purchase = await loadPurchase(req.scope, req.params.id!)
  if (!purchase) throw notFound(`Không có đơn hàng ${req.params.id}`, `order ${req.params.id} was not found`)
  // The purchase's answer carries the rule's verdict (orders/shopper-cancel.ts): read, not worked out again.
  const refusal = purchase.shopper_cancel.reason
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal, "purchase_not_cancellable")
  const reason = req.validatedBody.reason || "Người mua huỷ đơn / cancelled by the shopper"
  for (const parcel of purchase.parcels) {
    await cancelParcelWorkflow(req.scope).run({
      input: { order_id: parcel.order_id, producer_id: parcel.producer?.id ?? "", member_id: "shopper", by: "shopper", reason },
    })
  }
  if (purchase.id) await releaseHeldPayments(req, purchase.id)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order_group: await loadPurchase(req.scope, req.params.id!) })
}

/** A card authorised for the whole purchase (held, not charged) is released: Medusa's cancel sees each order's own payments only. */
async function releaseHeldPayments(req: MedusaRequest, groupId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_group",
    fields: ["payment_collection.payments.id", "payment_collection.payments.captured_at", "payment_collection.payments.canceled_at"],
    filters: { id: groupId },
  })
  const held = ((data[0] as any)?.payment_collection?.payments ?? []).filter((p: any) => p && !p.captured_at && !p.canceled_at)
  const payments = req.scope.resolve(Modules.PAYMENT)
  for (const payment of held) await payments.cancelPayment(payment.id)
}
