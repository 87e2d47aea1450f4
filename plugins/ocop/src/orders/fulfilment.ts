/**
 * A producer's parcel on its way to the shopper (issue 17): where it is, read from Medusa's order status and its
 * fulfilment, and which step may come next. The steps themselves are Medusa's fulfilment workflows
 * (workflows/orders/fulfil-parcel.ts); this file only says what is where and what is allowed, for the routes, the
 * shopper's purchase view and the mails alike.
 *
 * Home delivery: placed → packed → shipped (carrier, tracking number) → delivered.
 * Pickup at a sales point: placed → packed → ready_for_pickup → delivered (picked up).
 * Cancelled, with a reason, from placed, packed or ready_for_pickup: a parcel on the road comes back as a return.
 */

type Row = Record<string, any>

export const PARCEL_STATES = ["placed", "packed", "shipped", "ready_for_pickup", "delivered", "canceled"] as const
export type ParcelState = (typeof PARCEL_STATES)[number]

export const FULFILMENT_STEPS = ["packed", "shipped", "ready_for_pickup", "delivered", "canceled"] as const
export type FulfilmentStep = (typeof FULFILMENT_STEPS)[number]

export type Delivery = "home" | "pickup"

/** Where the fulfilment's own facts live beside Medusa's columns: the carrier and the pickup's readiness. */
export const CARRIER_KEY = "ocop_carrier"
export const READY_FOR_PICKUP_KEY = "ocop_ready_for_pickup_at"
/** The order's metadata key of a producer's cancellation: `{ reason, by, at }`. */
export const CANCELLATION_KEY = "ocop_cancellation"

/** The fulfilment a parcel is sent with: the one not cancelled (a producer's parcel leaves in one). */
export function liveFulfilment(order: Row): Row | null {
  return ((order.fulfillments ?? []) as Row[]).find((f) => f && !f.canceled_at) ?? null
}

/** Where a parcel is, from Medusa's order status and its fulfilment (packed, shipped or ready, delivered). */
export function parcelState(order: Row): ParcelState {
  if (order.status === "canceled") return "canceled"
  const live = ((order.fulfillments ?? []) as Row[]).filter((f) => f && !f.canceled_at)
  if (live.length && live.every((f) => f.delivered_at)) return "delivered"
  if (live.some((f) => f.shipped_at || f.delivered_at)) return "shipped"
  if (live.some((f) => f.metadata?.[READY_FOR_PICKUP_KEY])) return "ready_for_pickup"
  if (live.length) return "packed"
  return "placed"
}

const NEXT: Record<Delivery, Record<ParcelState, FulfilmentStep[]>> = {
  home: {
    placed: ["packed", "canceled"],
    packed: ["shipped", "canceled"],
    shipped: ["delivered"],
    ready_for_pickup: ["delivered"],
    delivered: [],
    canceled: [],
  },
  pickup: {
    placed: ["packed", "canceled"],
    packed: ["ready_for_pickup", "canceled"],
    shipped: ["delivered"],
    ready_for_pickup: ["delivered", "canceled"],
    delivered: [],
    canceled: [],
  },
}

/** The steps the producer may take next, in the order the portal offers them. */
export function nextSteps(state: ParcelState, delivery: Delivery): FulfilmentStep[] {
  return NEXT[delivery][state]
}

const STATE_WORDS: Record<ParcelState, [string, string]> = {
  placed: ["mới đặt", "placed"],
  packed: ["đã đóng gói", "packed"],
  shipped: ["đã giao cho đơn vị vận chuyển", "shipped"],
  ready_for_pickup: ["sẵn sàng để nhận tại điểm bán", "ready for pickup"],
  delivered: ["đã giao", "delivered"],
  canceled: ["đã huỷ", "cancelled"],
}

const STEP_WORDS: Record<FulfilmentStep, [string, string]> = {
  packed: ["đóng gói", "mark it packed"],
  shipped: ["giao cho đơn vị vận chuyển", "mark it shipped"],
  ready_for_pickup: ["báo sẵn sàng để nhận", "mark it ready for pickup"],
  delivered: ["báo đã giao", "mark it delivered"],
  canceled: ["huỷ", "cancel it"],
}

export const stateWords = (state: ParcelState) => STATE_WORDS[state]

/**
 * Why a step cannot be taken now, in both languages, or null when it can. A shipment belongs to home delivery
 * and readiness to a pickup, whatever the state.
 */
export function refuseStep(state: ParcelState, delivery: Delivery, step: FulfilmentStep): string | null {
  if (nextSteps(state, delivery).includes(step)) return null
  const [stepVi, stepEn] = STEP_WORDS[step]
  const [stateVi, stateEn] = STATE_WORDS[state]
  if (step === "shipped" && delivery === "pickup") {
    return "Đơn nhận tại điểm bán không gửi qua đơn vị vận chuyển: hãy báo sẵn sàng để nhận / a pickup order is not shipped: mark it ready for pickup"
  }
  if (step === "ready_for_pickup" && delivery === "home") {
    return "Đơn giao tận nơi không nhận tại điểm bán: hãy báo đã gửi kèm mã vận đơn / a home-delivery order is not picked up: mark it shipped with its tracking number"
  }
  if (step === "canceled" && state === "shipped") {
    return "Kiện hàng đã gửi đi, không huỷ được nữa / the parcel has been shipped and can no longer be cancelled"
  }
  const next = nextSteps(state, delivery)
  const hintVi = next.length ? `; bước tiếp theo: ${next.map((s) => STEP_WORDS[s][0]).join(" hoặc ")}` : ""
  const hintEn = next.length ? `; next: ${next.map((s) => STEP_WORDS[s][1]).join(" or ")}` : ""
  return `Không thể ${stepVi}: đơn hàng ${stateVi}${hintVi} / cannot ${stepEn}: the order is ${stateEn}${hintEn}`
}

/** How the parcel travels, as the portal and the shopper read it: carrier and tracking, readiness, cancellation. */
export function parcelProgress(order: Row) {
  const fulfilment = liveFulfilment(order)
  const label = ((fulfilment?.labels ?? []) as Row[]).find((l) => l?.tracking_number) ?? null
  const cancellation = order.metadata?.[CANCELLATION_KEY] ?? null
  return {
    state: parcelState(order),
    packed_at: (fulfilment?.packed_at as string | undefined) ?? null,
    shipped_at: (fulfilment?.shipped_at as string | undefined) ?? null,
    ready_for_pickup_at: (fulfilment?.metadata?.[READY_FOR_PICKUP_KEY] as string | undefined) ?? null,
    delivered_at: (fulfilment?.delivered_at as string | undefined) ?? null,
    tracking: label ? { carrier: (fulfilment?.metadata?.[CARRIER_KEY] as string | undefined) ?? null, number: label.tracking_number as string } : null,
    canceled_at: order.status === "canceled" ? ((order.canceled_at as string | undefined) ?? cancellation?.at ?? null) : null,
    cancel_reason: order.status === "canceled" ? ((cancellation?.reason as string | undefined) ?? null) : null,
  }
}

/** The fields of an order (and its fulfilments) that parcelState and parcelProgress read. */
export const PROGRESS_FIELDS = [
  "status", "canceled_at", "metadata",
  "fulfillments.id", "fulfillments.packed_at", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at",
  "fulfillments.metadata", "fulfillments.labels.tracking_number",
]
