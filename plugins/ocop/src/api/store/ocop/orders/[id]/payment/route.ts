import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { encodeVietQr } from "../../../../../../payments/vietqr"
import { notFound } from "../../../helpers"

export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_vietqr"

/**
 * How an order is paid and whether it has been: for a bank transfer, the VietQR payload for the amount and
 * reference, and the account written out for people who type it. An order paid in one payment with the other
 * parcels of its purchase (docs/decisions/018) shows that payment: one code for the whole purchase, with the
 * purchase's number as the reference. Read only by whom may read the order (decision 026).
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
      "order_group.display_id",
      "order_group.payment_collection.status",
      "order_group.payment_collection.amount",
      "order_group.payment_collection.payment_sessions.provider_id",
      "order_group.payment_collection.payment_sessions.data",
      "order_group.payment_collection.payments.captured_at",
    ],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  if (!order) throw notFound(`Không có đơn hàng ${req.params.id}`, `order ${req.params.id} was not found`)
  const own = (order.payment_collections ?? []).filter(Boolean)
  const shared = !own.length && order.order_group?.payment_collection ? order.order_group.payment_collection : null
  const collections: any[] = shared ? [shared] : own
  const session = collections[0]?.payment_sessions?.[0]
  const providerId: string | null = session?.provider_id ?? null
  const paid = collections.some((c: any) => (c?.payments ?? []).some((p: any) => !!p?.captured_at))
  const displayId = shared ? order.order_group.display_id : order.display_id
  const reference = `OCOP ${displayId}`
  let vietqr = null
  if (providerId === BANK_TRANSFER_PROVIDER_ID && session?.data?.account_number) {
    const amount = Math.round(Number(shared ? shared.amount : order.total))
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
      /** `purchase`: one payment for every parcel of the order's purchase; `order`: this order's own. */
      covers: shared ? "purchase" : "order",
      provider_id: providerId,
      // The order's own `payment_status` is computed by Medusa's order routes, not stored: the collection's is.
      status: collections[0]?.status ?? null,
      paid,
      vietqr,
    },
  })
}
