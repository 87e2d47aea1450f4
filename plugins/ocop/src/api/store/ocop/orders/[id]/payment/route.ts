import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { encodeVietQr } from "../../../../../../payments/vietqr"
import { notFound } from "../../../helpers"

export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_vietqr"

/**
 * How an order is paid and whether it has been: for a bank transfer, the VietQR payload for the order's total
 * and reference, and the account written out for people who type it. Anyone holding the order's id may read
 * it, as with Medusa's own `GET /store/orders/:id` (the id is the secret a guest's confirmation link carries).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "total",
      "currency_code",
      "payment_collections.status",
      "payment_collections.payment_sessions.provider_id",
      "payment_collections.payment_sessions.data",
      "payment_collections.payments.captured_at",
    ],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  if (!order) throw notFound(`Không có đơn hàng ${req.params.id}`, `order ${req.params.id} was not found`)
  const session = order.payment_collections?.[0]?.payment_sessions?.[0]
  const providerId: string | null = session?.provider_id ?? null
  const paid = (order.payment_collections ?? []).some((c: any) => (c?.payments ?? []).some((p: any) => !!p?.captured_at))
  const reference = `OCOP ${order.display_id}`
  let vietqr = null
  if (providerId === BANK_TRANSFER_PROVIDER_ID && session?.data?.account_number) {
    const amount = Math.round(Number(order.total))
    const { bank_bin, bank_name, account_number, account_name } = session.data
    vietqr = {
      payload: encodeVietQr({ bankBin: bank_bin, accountNumber: account_number, amount, purpose: reference }),
      bank_bin,
      bank_name,
      account_number,
      account_name,
      amount,
      reference,
    }
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    payment: {
      order_id: order.id,
      display_id: order.display_id,
      provider_id: providerId,
      // The order's own `payment_status` is computed by Medusa's order routes, not stored: the collection's is.
      status: order.payment_collections?.[0]?.status ?? null,
      paid,
      vietqr,
    },
  })
}
