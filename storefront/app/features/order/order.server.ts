/**
 * An order as the storefront shows it, on the confirmation page and in the customer's account alike: Medusa's
 * `GET /store/orders/:id` and the plugin's payment instructions, with the VietQR payload drawn as an SVG here on
 * the server, so the page ships no QR code library. The backend answers only with a proof (the order's access
 * token, or the customer's login: see order-access.server.ts); without one it tells the order's number and
 * status, and so does the page. The account's history is the customer's own `GET /store/orders`.
 */
import { FetchError } from "@medusajs/js-sdk"
import { discountsOf, type Discount } from "~/lib/discounts"
import { qrSvg } from "~/lib/qr.server"
import type { Locale } from "~/i18n/config"
import { toLineItem, type LineItem, type MedusaLineItem } from "~/lib/line-items"
import { medusa } from "~/lib/medusa.server"
import { joinFullName } from "~/lib/names"
import { methodOf, type PaymentMethod } from "~/lib/payment-methods"
import { listProvinces } from "~/lib/places.server"
import type { SalesPoint } from "~/lib/store-api"
import { listAllSalesPoints } from "~/lib/store-api.server"
import { namedIn } from "~/lib/variant-names.server"
import { orderProgress } from "./order-status"

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

/** Where each producer's parcel of the purchase is (plugins/ocop/src/orders/fulfilment.ts), as `GET /store/ocop/orders/:id` tells it. */
export type ParcelState = "placed" | "packed" | "shipped" | "ready_for_pickup" | "delivered" | "canceled"
export type OrderParcel = {
  order_id: string
  display_id: number
  producer: string | null
  state: ParcelState
  items: { id: string; title: string; quantity: number }[]
  tracking: { carrier: string | null; number: string } | null
  ready_for_pickup_at: string | null
  cancel_reason: string | null
}

export type OrderDetail = OrderStatuses & {
  id: string
  display_id: number
  email: string | null
  created_at: string
  items: LineItem[]
  /** The lines after discounts. */
  item_total: number
  /** The lines before discounts. */
  original_item_total: number
  /** Each promo code's discount over the purchase. */
  discounts: Discount[]
  shipping_total: number
  total: number
  address: { name: string; phone: string; street: string; ward: string; province: string }
  shipping: { name: string; amount: number }[]
  /** The sales point the order is picked up at, when it is a pickup. */
  pickup: SalesPoint | null
  payment: OrderPayment
  qrSvg: string | null
  /** Every parcel of the purchase the order belongs to (itself alone for a single producer's). */
  parcels: OrderParcel[]
  /** Whether its shopper may still cancel the whole purchase herself (the backend says, and why not). */
  cancellable: boolean
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
  let parcels: OrderParcel[]
  let purchase: Purchase | null
  const headers = proofHeaders(proof)
  try {
    const [answer, paymentAnswer, purchaseAnswer] = await Promise.all([
      medusa().store.order.retrieve(
        id,
        // Medusa adds the order's status and works out its payment and fulfillment statuses itself.
        {
          fields:
            "id,display_id,email,created_at,total,item_total,original_item_total,shipping_total,*items,items.adjustments.code,items.adjustments.amount,*shipping_address,*shipping_methods,shipping_methods.adjustments.code,shipping_methods.adjustments.amount",
        },
        headers
      ),
      medusa().client.fetch<{ payment: OrderPayment }>(`/store/ocop/orders/${id}/payment`, { query: { locale }, headers }),
      // The parcels are the page's extra: an order still opens if they cannot be read.
      medusa().client.fetch<{ order_group: Purchase }>(`/store/ocop/orders/${id}`, { headers }).catch((error) => {
        if (error instanceof FetchError && error.status === 403) throw error
        return null
      }),
    ])
    order = answer.order
    payment = paymentAnswer.payment
    purchase = purchaseAnswer?.order_group ?? null
    parcels = (purchase?.parcels ?? []).map(toParcel)
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
  // A purchase from several producers is one for the shopper: its number, every parcel's lines, one total.
  const whole = purchase && purchase.parcels.length > 1 ? purchase : null
  return {
    kind: "order",
    order: {
      id: order.id,
      display_id: Number(whole ? whole.display_id : order.display_id),
      status: String(order.status),
      payment_status: order.payment_status ?? null,
      fulfillment_status: order.fulfillment_status ?? null,
      payment_method: methodOf(payment.provider_id),
      email: order.email ?? null,
      created_at: String(order.created_at),
      items: await namedIn(locale, (whole ? whole.parcels.flatMap((parcel) => parcel.items) : (order.items ?? [])).map(toLineItem)),
      item_total: Number((whole ? whole.totals : order).item_total ?? 0),
      // The purchase's discounts are read by the plugin from every parcel's adjustments; an order placed before
      // purchases existed has only its own.
      original_item_total: Number(purchase?.totals.original_item_total ?? order.original_item_total ?? order.item_total ?? 0),
      discounts: purchase?.discounts ?? discountsOf([...(order.items ?? []), ...(order.shipping_methods ?? [])]),
      shipping_total: Number((whole ? whole.totals : order).shipping_total ?? 0),
      total: Number((whole ? whole.totals : order).total ?? 0),
      address: {
        name: joinFullName(address),
        phone: address.phone ?? "",
        street: address.address_1 ?? "",
        ward: address.city ?? "",
        province: provinces.find((p) => p.code === address.province)?.name ?? address.province ?? "",
      },
      shipping: whole
        ? whole.parcels.map((parcel) => ({ name: parcel.shipping.name ?? "", amount: Number(parcel.shipping.amount ?? 0) }))
        : (order.shipping_methods ?? []).map((m: any) => ({ name: m.name, amount: Number(m.amount ?? 0) })),
      pickup,
      payment,
      qrSvg: payment.vietqr ? await qrSvg(payment.vietqr.payload) : null,
      parcels,
      cancellable: purchase?.shopper_cancel?.allowed === true,
    },
  }
}

/**
 * Cancels the whole purchase the order belongs to, for whom the proof shows may read it: null when done, the
 * backend's bilingual refusal otherwise (a producer packed already, paid online, already cancelled).
 */
export async function cancelPurchase(id: string, proof: OrderProof, reason: string | undefined): Promise<string | null> {
  if (!ORDER_ID.test(id)) return "Không có đơn hàng này / no such order"
  try {
    await medusa().client.fetch(`/store/ocop/orders/${id}/cancel`, { method: "POST", body: reason ? { reason } : {}, headers: proofHeaders(proof) })
    return null
  } catch (error) {
    if (error instanceof FetchError && (error.status ?? 0) >= 400 && (error.status ?? 0) < 500) return error.message
    throw error
  }
}

/** The purchase an order belongs to, as `GET /store/ocop/orders/:id` answers (plugins/ocop/src/orders/order-groups.ts). */
type Purchase = {
  display_id: number
  shopper_cancel?: { allowed: boolean; reason: string | null }
  totals: { item_total: number; original_item_total?: number; shipping_total: number; total: number }
  discounts?: Discount[]
  parcels: (Record<string, any> & { items: MedusaLineItem[]; shipping: { name: string | null; amount: number } })[]
}

function toParcel(parcel: any): OrderParcel {
  return {
    order_id: String(parcel.order_id),
    display_id: Number(parcel.display_id),
    producer: parcel.producer?.name ?? null,
    state: parcel.state,
    items: (parcel.items ?? []).map((item: any) => ({ id: String(item.id), title: [item.title, item.variant_title].filter(Boolean).join(" · "), quantity: Number(item.quantity) })),
    tracking: parcel.tracking ?? null,
    ready_for_pickup_at: parcel.ready_for_pickup_at ?? null,
    cancel_reason: parcel.cancel_reason ?? null,
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
  items: { id: string; title: string; product_title: string | null; variant_id: string | null; quantity: number }[]
}

// Medusa's order list drops a nested field named without `*` (`payment_collections.payments.provider_id` came
// back empty): the payments are asked for whole, and only their provider is kept.
const ORDER_LIST_FIELDS =
  "id,display_id,status,payment_status,fulfillment_status,total,currency_code,created_at,items.id,items.title,items.product_title,items.variant_id,items.quantity,*payment_collections.payments"

/** The logged-in customer's orders, newest first: Medusa scopes `/store/orders` to the token's customer. */
export async function listCustomerOrders(token: string, locale: Locale, { limit = 20, offset = 0 } = {}) {
  const answer = await medusa().client.fetch<{ orders: any[]; count: number }>("/store/orders", {
    query: { fields: ORDER_LIST_FIELDS, limit, offset, order: "-created_at" },
    headers: bearer(token),
  })
  const orders = asPurchases(answer.orders.map(toOrderSummary), await purchasesOf(token, answer.orders.map((order) => String(order.id))))
  // One read names the lines of every order on the page.
  const named = new Map((await namedIn(locale, orders.flatMap((order) => order.items))).map((item) => [item.id, item]))
  return { orders: orders.map((order) => ({ ...order, items: order.items.map((item) => named.get(item.id) ?? item) })), count: answer.count }
}

type PurchaseSummary = { id: string | null; display_id: number; order_ids: string[]; total: number; items: OrderSummary["items"] }

/** The purchases the orders belong to (the plugin's `GET /store/ocop/customers/me/purchases`); none if it cannot tell. */
async function purchasesOf(token: string, orderIds: string[]): Promise<PurchaseSummary[]> {
  if (!orderIds.length) return []
  const answer = await medusa()
    .client.fetch<{ purchases: PurchaseSummary[] }>("/store/ocop/customers/me/purchases", { query: { order_id: orderIds.join(",") }, headers: bearer(token) })
    .catch((error) => (console.warn("Could not read the purchases of the order history:", (error as Error).message), { purchases: [] }))
  return answer.purchases
}

const PROGRESS_RANK: Record<string, number> = { requiresAction: 0, placed: 1, packed: 2, shipped: 3, delivered: 4, completed: 5, canceled: 6 }

/**
 * One card per purchase: a cart bought from several producers became one order per producer, and the shopper
 * bought it once. Its number, total and lines are the purchase's; its status the parcel furthest behind.
 * (A purchase whose parcels straddle two pages of Medusa's list shows on both, with its whole content.)
 */
export function asPurchases(orders: OrderSummary[], purchases: PurchaseSummary[]): OrderSummary[] {
  const purchaseOf = new Map(purchases.flatMap((purchase) => purchase.order_ids.map((id) => [id, purchase] as const)))
  const shown = new Set<PurchaseSummary>()
  const cards: OrderSummary[] = []
  for (const order of orders) {
    const purchase = purchaseOf.get(order.id)
    if (!purchase || purchase.order_ids.length < 2) {
      cards.push(order)
      continue
    }
    if (shown.has(purchase)) continue
    shown.add(purchase)
    const behind = orders
      .filter((parcel) => purchase.order_ids.includes(parcel.id))
      .sort((a, b) => PROGRESS_RANK[orderProgress(a).key]! - PROGRESS_RANK[orderProgress(b).key]!)[0]!
    cards.push({ ...behind, id: purchase.order_ids[0]!, display_id: purchase.display_id, total: purchase.total, items: purchase.items })
  }
  return cards
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
      variant_id: item.variant_id ?? null,
      quantity: Number(item.quantity),
    })),
  }
}
