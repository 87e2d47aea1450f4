/**
 * Delivery per parcel, the one rule both the shipping price and the split of an order follow: a purchase ships
 * as one parcel per producer, and home delivery costs the zone's price per parcel. Kept free of Medusa imports:
 * the fulfillment provider (a module's provider, loaded in the fulfillment module's own container) reads it too.
 */

/** Where the number of parcels rides in Medusa's shipping-price context (workflows/hooks/parcel-shipping-price.ts). */
export const PARCELS_CONTEXT_KEY = "ocop_parcels"

/** A cart without items still shows the price of one parcel, the least any order costs to deliver. */
export function parcelDeliveryPrice(parcelPrice: number, parcels: number): number {
  return Math.max(0, Math.round(parcelPrice)) * Math.max(1, Math.floor(parcels))
}

/**
 * An amount in whole đồng shared out over `parts` parcels: equal shares, the remainder on the first, so the
 * shares always add up to the amount (per-parcel delivery divides exactly; anything else still adds up).
 */
export function shareAmount(amount: number, parts: number): number[] {
  const n = Math.max(1, Math.floor(parts))
  const whole = Math.round(amount)
  const base = Math.trunc(whole / n)
  const rest = whole - base * n
  return Array.from({ length: n }, (_, i) => (i === 0 ? base + rest : base))
}
