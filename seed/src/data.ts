/**
 * The Đắk Lắk dataset in `seed/data/`, read and typed. No checks here: `data.test.ts` checks the data against
 * the OCOP rules, and the loader feeds it through the workflows, which check again.
 */
import fs from "node:fs"
import path from "node:path"
import type { CertifyingLevel, CriteriaVersionCode, ProducerEntityType, SalesPointType, Stars } from "@ocop/medusa-plugin-ocop/rules"

export const DATA_DIR = process.env.OCOP_SEED_DATA_DIR || path.resolve(__dirname, "../data")

export type SeedProducer = {
  handle: string
  name: string
  entity_type: ProducerEntityType
  representative: string
  phone: string
  email: string
  province_code: string
  ward_code: string
  address_line: string
  address_as_certified: string
  latitude: number
  longitude: number
  story_vi: string
  story_en: string
  founded_year: number
}

export type SeedCertification = {
  criteria_version: CriteriaVersionCode
  score: number
  stars: Stars
  /** null for an evaluation below the certified ratings (rules.ts' `certifyingLevel` is null): no certificate. */
  certificate_no: string | null
  decision_no: string | null
  /** ISO date of the decision. */
  issued_at: string
  /** Only when the certificate prints one; otherwise rules.ts' `defaultExpiry` of issued_at. */
  expires_at?: string
  /**
   * The certificate expires this many days after the day the seed runs: its dates move with the run day, so
   * "expiring within 30 days" stays true whenever the seed runs. issued_at and expires_at in the file are the
   * values on the dataset's day (see `datedCertification`).
   */
  expires_in_days_from_run?: number
  level: CertifyingLevel | null
  revoked_at?: string
  revoked_reason?: string
  revoked_reason_en?: string
}

export type SeedVariant = {
  title: string
  /** The pack's name on English pages, in the cart and on orders (variant metadata `title_en`). */
  title_en: string
  sku: string
  options: Record<string, string>
  price_vnd: number
  stock: number
}

export type SeedProduct = {
  handle: string
  title: string
  title_en: string
  subtitle: string
  subtitle_en: string
  description: string
  description_en: string
  producer: string
  group: string
  sub_group: string
  image_motif: string
  variants: SeedVariant[]
  certification: SeedCertification
  sales_points: string[]
}

export type SeedSalesPoint = {
  handle: string
  name: string
  type: SalesPointType
  market_name: string
  address: string
  province_code: string
  ward_code: string
  address_as_certified: string
  latitude: number
  longitude: number
  opening_hours: string
  opening_hours_en: string
  phone: string
  active: boolean
}

export type SeedProgrammeTarget = {
  code: string
  period: string
  period_start: string
  period_end: string
  source: string
  description_vi: string
  description_en: string
  metric: string
  min: number
  max: number | null
  unit: string
}

export type SeedLead = {
  booth: string
  product?: string
  buyer_name: string
  organisation?: string
  phone?: string
  email?: string
  market?: string
  quantity?: string
  note?: string
  source: "booth_qr" | "fair_page" | "product_page"
  locale?: "vi" | "en"
  /** What happened after the enquiry, in order: each step goes through the lead's status workflow. */
  statuses: { status: "contacted" | "memorandum_signed" | "contract_signed" | "dropped"; note?: string; contract_value?: number }[]
}

export type SeedFair = {
  handle: string
  name: string
  name_en: string
  organiser: string
  organiser_phone: string
  organiser_email: string
  venue_name: string
  address: string
  province_code: string
  ward_code: string
  latitude: number
  longitude: number
  /** The first day counted from the day the seed runs (negative: a fair already held), and how many days it lasts. */
  first_day_from_run: number
  days: number
  opening_hours_vi: string
  opening_hours_en: string
  description_vi: string
  description_en: string
  floor_columns: number
  floor_rows: number
  zones: { code: string; name: string; name_en: string }[]
  booths: { number: string; zone: string; producer: string; x: number; y: number; width: number; height: number; products: string[] }[]
  leads: SeedLead[]
}

export type SeedData = {
  producers: SeedProducer[]
  products: SeedProduct[]
  salesPoints: SeedSalesPoint[]
  programmeTargets: SeedProgrammeTarget[]
  fairs: SeedFair[]
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as T
}

export function loadSeedData(dir: string = DATA_DIR): SeedData {
  return {
    producers: readJson(dir, "producers.json"),
    products: readJson(dir, "products.json"),
    salesPoints: readJson(dir, "sales-points.json"),
    programmeTargets: readJson(dir, "programme-targets.json"),
    fairs: readJson(dir, "fairs.json"),
  }
}
