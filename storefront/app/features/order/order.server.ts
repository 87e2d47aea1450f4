/**
 * An order as its confirmation page shows it: Medusa's `GET /store/orders/:id` (the id in the link is what a
 * guest holds, as with Medusa's own route) and the plugin's payment instructions, with the VietQR payload drawn
 * as an SVG here on the server, so the page ships no QR code library.
 */
import { FetchError } from "@medusajs/js-sdk"
import QRCode from "qrcode"
import { joinFullName } from "~/features/account/schemas"
import { toCartLine, type CartLine } from "~/features/cart/cart.server"
import { listProvinces } from "~/features/checkout/checkout.server"
import type { Locale } from "~/i18n/config"
import { medusa } from "~/lib/medusa.server"
import type { SalesPoint } from "~/lib/store-api"
import { listSalesPoints } from "~/lib/store-api.server"

export type OrderPayment = {
  provider_id: string | null
  status: string
  paid: boolean
  vietqr: {
    payload: string
    bank_bin: string
    bank_name: string
    account_number: string
    account_name: string
    amount: number
    reference: string
  } | null
}

export type OrderView = {
  id: string
  display_id: number
  email: string | null
  created_at: string
  items: CartLine[]
  item_total: number
  shipping_total: number
  total: number
  address: { name: string; phone: string; street: string; ward: string; province: string }
  shipping: { name: string; amount: number }[]
  /** The sales point the order is picked up at, when it is a pickup. */
  pickup: SalesPoint | null
  payment: OrderPayment
  qrSvg: string | null
}

const ORDER_ID = /^order_[0-9A-Za-z]{10,40}$/

/** The order, or null when there is none with this id. */
export async function loadOrder(id: string, locale: Locale): Promise<OrderView | null> {
  if (!ORDER_ID.test(id)) return null
  let order: any
  let payment: OrderPayment
  try {
    const [answer, paymentAnswer] = await Promise.all([
      medusa().store.order.retrieve(id, {
        fields:
          "id,display_id,email,created_at,total,item_total,shipping_total,*items,*shipping_address,*shipping_methods",
      }),
      medusa().client.fetch<{ payment: OrderPayment }>(`/store/ocop/orders/${id}/payment`, { query: { locale } }),
    ])
    order = answer.order
    payment = paymentAnswer.payment
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
  const [provinces, pickup] = await Promise.all([
    listProvinces().catch(() => []),
    pickupPointOf((order.shipping_methods ?? []).map((m: any) => String(m.name ?? "")), locale).catch(() => null),
  ])
  const address = order.shipping_address ?? {}
  return {
    id: order.id,
    display_id: Number(order.display_id),
    email: order.email ?? null,
    created_at: String(order.created_at),
    items: (order.items ?? []).map(toCartLine),
    item_total: Number(order.item_total ?? 0),
    shipping_total: Number(order.shipping_total ?? 0),
    total: Number(order.total ?? 0),
    address: {
      name: joinFullName(address),
      phone: address.phone ?? "",
      street: address.address_1 ?? "",
      ward: address.city ?? "",
      province: provinces.find((p) => p.code === address.province)?.name ?? address.province ?? "",
    },
    shipping: (order.shipping_methods ?? []).map((m: any) => ({ name: m.name, amount: Number(m.amount ?? 0) })),
    pickup,
    payment,
    qrSvg: payment.vietqr ? await qrSvg(payment.vietqr.payload) : null,
  }
}

/** The EMVCo payload as an SVG QR code (medium error correction, the quiet zone banking apps expect). */
export function qrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } })
}

/**
 * A pickup's shipping method is named after its point ("Nhận tại <point>", plugins/ocop/src/workflows/delivery):
 * the point, in the page's language, for its address and hours.
 */
async function pickupPointOf(methodNames: string[], locale: Locale): Promise<SalesPoint | null> {
  const { sales_points } = await listSalesPoints("vi")
  const point = sales_points.find((p) => methodNames.includes(`Nhận tại ${p.name}`))
  if (!point) return null
  if (locale === "vi") return point
  const { sales_points: localized } = await listSalesPoints(locale)
  return localized.find((p) => p.handle === point.handle) ?? point
}
