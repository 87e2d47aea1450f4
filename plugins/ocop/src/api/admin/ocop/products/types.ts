/**
 * A product's OCOP side as the admin routes answer with it, shared with the dashboard (src/admin/lib/types.ts).
 * Types only, without server imports, so the admin's browser build can read them.
 */
import type { ProducerEntityType, SalesPointType } from "../../../../modules/ocop/rules"
import type { AdminCertification } from "../certifications/types"

export type AdminProductOcop = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  current_certification: AdminCertification | null
  /** Newest first. */
  certifications: AdminCertification[]
  producer: {
    id: string
    handle: string
    name: string
    entity_type: ProducerEntityType
    province_code: string
    address_as_certified: string
  } | null
  sales_points: { id: string; handle: string; name: string; type: SalesPointType; active: boolean }[]
  /** Whether the store lists it right now. */
  listed: boolean
}
