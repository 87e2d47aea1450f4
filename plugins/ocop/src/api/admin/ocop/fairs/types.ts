/**
 * A fair as the admin routes answer with it, shared with the dashboard (src/admin/lib/types.ts). Types only,
 * without server imports, so the admin's browser build can read them.
 */
import type { FairFigures } from "../../../../fairs/figures"
import type { LeadEventView, LeadView } from "../../../../fairs/leads"
import type { FairPhase } from "../../../../modules/fair/schedule"

export type AdminFairFields = {
  id: string
  handle: string
  name: string
  name_en: string | null
  organiser: string
  organiser_phone: string
  organiser_email: string | null
  venue_name: string
  address: string
  province_code: string
  ward_code: string
  latitude: number
  longitude: number
  starts_at: string
  ends_at: string
  first_day: string
  last_day: string
  phase: FairPhase
  opening_hours_vi: string
  opening_hours_en: string | null
  description_vi: string
  description_en: string | null
  cover_image: string | null
  floor_columns: number
  floor_rows: number
  published: boolean
}

export type AdminFairListItem = AdminFairFields & {
  booth_count: number
  exhibitor_count: number
  lead_count: number
  /** Scans of the fair's QR codes and orders attributed to it (figures.ts). */
  scan_count: number
  order_count: number
}

export type AdminZone = { id: string; code: string; name: string; name_en: string | null; rank: number }

export type AdminBooth = {
  id: string
  number: string
  zone_id: string | null
  x: number
  y: number
  width: number
  height: number
  producer_id: string
  producer: { id: string; handle: string; name: string } | null
  /** `qr_url`: what the product's QR code opens (its page with the fair and booth as referral). */
  products: { id: string; title: string; handle: string; thumbnail: string | null; qr_url: string }[]
  page_url: string
  /** What the booth's QR code opens: its page, marked as reached from the code. */
  qr_url: string
}

export type AdminFair = AdminFairFields & {
  public_url: string
  zones: AdminZone[]
  booths: AdminBooth[]
  sales_point: { id: string; handle: string } | null
  figures: FairFigures
}

export type AdminTradeLead = LeadView
export type AdminTradeLeadDetail = LeadView & { events: LeadEventView[] }
export type { FairFigures, PromotionFigures } from "../../../../fairs/figures"
