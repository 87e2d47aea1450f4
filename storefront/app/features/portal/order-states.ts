/**
 * Where a producer's parcel is and what may come next, as the backend names them (plugins/ocop/src/orders/fulfilment.ts):
 * shared by the portal's order pages and their forms; words are `portal.orders.states.*` and `portal.orders.steps.*`.
 */
export const PARCEL_STATES = ["placed", "packed", "shipped", "ready_for_pickup", "delivered", "canceled"] as const
export type ParcelState = (typeof PARCEL_STATES)[number]

export const FULFILMENT_STEPS = ["packed", "shipped", "ready_for_pickup", "delivered", "canceled"] as const
export type FulfilmentStep = (typeof FULFILMENT_STEPS)[number]

/** The states a producer still has to act on, first in its filters. */
export const TO_HANDLE: ParcelState[] = ["placed", "packed", "ready_for_pickup"]
