import type { SalesPointInput } from "../steps/create-sales-points"
import type { FairFields } from "./steps/fair-steps"

/**
 * The sales point a fair is while it runs: the fair's handle, name and venue, its hours and the organiser's phone.
 * Always active: whether it is open is the fair's days (modules/fair/schedule.ts), read when a product's places
 * are answered, so it appears and disappears to the minute without a job.
 */
export function fairSalesPoint(fair: FairFields): SalesPointInput {
  return {
    handle: fair.handle,
    name: fair.name,
    type: "fair_booth",
    market_name: fair.venue_name,
    address: fair.address,
    province_code: fair.province_code,
    ward_code: fair.ward_code,
    address_as_certified: fair.address,
    latitude: fair.latitude,
    longitude: fair.longitude,
    opening_hours_vi: fair.opening_hours_vi,
    opening_hours_en: fair.opening_hours_en ?? null,
    phone: fair.organiser_phone,
    active: true,
  }
}

/** The sales point's fields that follow a change of the fair. */
export function fairSalesPointChange(change: Partial<FairFields>): Partial<SalesPointInput> {
  const out: Partial<SalesPointInput> = {}
  if (change.handle !== undefined) out.handle = change.handle
  if (change.name !== undefined) out.name = change.name
  if (change.venue_name !== undefined) out.market_name = change.venue_name
  if (change.address !== undefined) out.address = out.address_as_certified = change.address
  if (change.province_code !== undefined) out.province_code = change.province_code
  if (change.ward_code !== undefined) out.ward_code = change.ward_code
  if (change.latitude !== undefined) out.latitude = change.latitude
  if (change.longitude !== undefined) out.longitude = change.longitude
  if (change.opening_hours_vi !== undefined) out.opening_hours_vi = change.opening_hours_vi
  if (change.opening_hours_en !== undefined) out.opening_hours_en = change.opening_hours_en
  if (change.organiser_phone !== undefined) out.phone = change.organiser_phone
  return out
}
