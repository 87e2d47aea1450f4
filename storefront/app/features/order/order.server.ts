/**
 * An order as the storefront shows it, on the confirmation page and in the customer's account alike: Medusa's
 * `GET /store/orders/:id` and the plugin's payment instructions, with the VietQR payload drawn as an SVG here on
 * the server, so the page ships no QR code library. The backend answers only with a proof (the order's access
 * token, or the customer's login: see order-access.server.ts); without one it tells the order's number and
 * status, and so does the page. The account's history is the customer's own `GET /store/orders`.
 */
import { FetchError } from "@medusajs/js-sdk"
import QRCode from "qrcode"
import type { Locale } from "~/i18n/config"
import { toLineItem, type LineItem } from "~/lib/line-items"
import { medusa } from "~/lib/medusa.server"
import { joinFullName } from "~/lib/names"
import { methodOf, type PaymentMethod } from "~/lib/payment-methods"
import { listProvinces } from "~/lib/places.server"
import type { SalesPoint } from "~/lib/store-api"
import { listAllSalesPoints } from "~/lib/store-api.server"

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

/** What the order's status badge and payment line are told (order-status.ts reads them). */
export type OrderStatuses = {
  status: string
  payment_status: string | null
  fulfillment_status: string | null
  payment_method: PaymentMethod | null
}

export type OrderDetail = OrderStatuses & {
  id: string
  display_id: number
  email: string | null
  created_at: string
  items: LineItem[]
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

/** What may open the order: its access token, the customer's login token. */
export type OrderProof = { orderToken?: string | null; customerToken?: string | null }

/** The number and status, all that is told to someone without a proof. */
export type OrderHead = { id: string; display_id: number; status: string }

export type OrderLoad = { kind: "order"; order: OrderDetail } | { kind: "private"; order: OrderHead }

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

function proofHeaders(proof: OrderProof): Record<string, string> {
  return {
    ...(proof.orderToken ? { "x-ocop-order-token": proof.orderToken } : {}),
    ...(proof.customerToken ? bearer(proof.customerToken) : {}),
  }
}

/** The order, its number and status only (no proof), or null when there is none with this id. */
export async function loadOrder(id: string, locale: Locale, proof: OrderProof = {}): Promise<OrderLoad | null> {
  if (!ORDER_ID.test(id)) return null
  let order: any
  let payment: OrderPayment
  const headers = proofHeaders(proof)
  try {
    const [answer, paymentAnswer] = await Promise.all([
      medusa().store.order.retrieve(
        id,
        // Medusa adds the order's status and works out its payment and fulfillment statuses itself.
        { fields: "id,display_id,email,created_at,total,item_total,shipping_total,*items,*shipping_address,*shipping_methods" },
        headers
      ),
      medusa().client.fetch<{ payment: OrderPayment }>(`/store/ocop/orders/${id}/payment`, { query: { locale }, headers }),
    ])
    order = answer.order
    payment = paymentAnswer.payment
  } catch (error) {
    if (error instanceof FetchError && error.status === 403) {
      const head = await privateHead(id)
      return head ? { kind: "private", order: head } : null
    }
    if (error instanceof FetchError && (error.status === 404 || error.status === 400 || error.status === 401)) return null
    throw error
  }
  const [provinces, pickup] = await Promise.all([
    listProvinces().catch(() => []),
    pickupPointOf((order.shipping_methods ?? []).map((m: any) => String(m.name ?? "")), locale).catch(() => null),
  ])
  const address = order.shipping_address ?? {}
  return {
    kind: "order",
    order: {
      id: order.id,
      display_id: Number(order.display_id),
      status: String(order.status),
      payment_status: order.payment_status ?? null,
      fulfillment_status: order.fulfillment_status ?? null,
      payment_method: methodOf(payment.provider_id),
      email: order.email ?? null,
      created_at: String(order.created_at),
      items: (order.items ?? []).map(toLineItem),
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
    },
  }
}

/** The backend's 403 carries the order's number and status (plugins/ocop/src/orders/order-access.ts). */
async function privateHead(id: string): Promise<OrderHead | null> {
  const response = await fetch(`${process.env.MEDUSA_BACKEND_URL}/store/orders/${id}?fields=id`, {
    headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" },
  }).catch(() => null)
  const body = (await response?.json().catch(() => null)) as { order?: OrderHead } | null
  const head = body?.order
  return head && typeof head.display_id === "number" ? { id: head.id, display_id: head.display_id, status: String(head.status) } : null
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
  const points = await listAllSalesPoints("vi")
  const point = points.find((p) => methodNames.includes(`Nhận tại ${p.name}`))
  if (!point) return null
  if (locale === "vi") return point
  const localized = await listAllSalesPoints(locale, { province_code: point.province_code })
  return localized.find((p) => p.handle === point.handle) ?? point
}

// ---------------------------------------------------------------------------------------------------------
// The customer's history
// ---------------------------------------------------------------------------------------------------------

export type OrderSummary = OrderStatuses & {
  id: string
  display_id: number
  total: number
  currency_code: string
  created_at: string
  items: { id: string; title: string; product_title: string | null; quantity: number }[]
}

// Medusa's order list drops a nested field named without `*` (`payment_collections.payments.provider_id` came
// back empty): the payments are asked for whole, and only their provider is kept.
const ORDER_LIST_FIELDS =
  "id,display_id,status,payment_status,fulfillment_status,total,currency_code,created_at,items.id,items.title,items.product_title,items.quantity,*payment_collections.payments"

/** The logged-in customer's orders, newest first: Medusa scopes `/store/orders` to the token's customer. */
export async function listCustomerOrders(token: string, { limit = 20, offset = 0 } = {}) {
  const answer = await medusa().client.fetch<{ orders: any[]; count: number }>("/store/orders", {
    query: { fields: ORDER_LIST_FIELDS, limit, offset, order: "-created_at" },
    headers: bearer(token),
  })
  return { orders: answer.orders.map(toOrderSummary), count: answer.count }
}

function toOrderSummary(order: any): OrderSummary {
  const providerId = (order.payment_collections ?? []).flatMap((collection: any) => collection.payments ?? [])[0]?.provider_id ?? null
  return {
    id: order.id,
    display_id: Number(order.display_id),
    status: order.status,
    payment_status: order.payment_status ?? null,
    fulfillment_status: order.fulfillment_status ?? null,
    payment_method: methodOf(providerId),
    total: Number(order.total ?? 0),
    currency_code: order.currency_code,
    created_at: order.created_at,
    items: (order.items ?? []).map((item: any) => ({
      id: item.id,
      title: item.title,
      product_title: item.product_title ?? null,
      quantity: Number(item.quantity),
    })),
  }
}
