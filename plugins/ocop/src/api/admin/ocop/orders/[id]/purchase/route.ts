import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadPurchase } from "../../../../../../orders/order-groups"

/**
 * The purchase an order belongs to, as its shopper sees it, with the ids of its one payment when it was paid
 * once (VietQR, card): the payment an admin captures (`POST /admin/payments/:id/capture`) when the transfer is
 * in; each parcel's order records its share (subscribers/purchase-payment-captured.ts).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const purchase = await loadPurchase(req.scope, req.params.id!)
  if (!purchase) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có đơn hàng / order ${req.params.id} was not found`)
  let payments: unknown[] = []
  if (purchase.id) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order_group",
      fields: ["payment_collection.id", "payment_collection.payments.id", "payment_collection.payments.amount", "payment_collection.payments.captured_at", "payment_collection.payments.provider_id"],
      filters: { id: purchase.id },
    })
    payments = ((data[0] as any)?.payment_collection?.payments ?? []).filter(Boolean).map((p: any) => ({
      id: p.id,
      provider_id: p.provider_id,
      amount: Number(p.amount),
      captured_at: p.captured_at ?? null,
    }))
  }
  res.json({ order_group: { ...purchase, payments } })
}
