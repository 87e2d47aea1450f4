/**
 * The OCOP Store API's answers, field for field as docs/store-api.md pins them. Types only: shared by the
 * loaders (which fetch) and the components (which render).
 */
export type Stars = 3 | 4 | 5
export type Price = { amount: number; currency_code: "vnd" }
export type EntityType = "enterprise" | "cooperative" | "cooperative_group" | "household"
export type SalesPointType = "kiosk_cluster" | "market_kiosk" | "wholesale_kiosk_cluster" | "fair_booth"
export type Level = "province" | "national"
export type SortOrder = "-stars" | "title" | "price" | "-price" | "-certified_at"

export const ENTITY_TYPES: EntityType[] = ["enterprise", "cooperative", "cooperative_group", "household"]
export const SALES_POINT_TYPES: SalesPointType[] = [
  "kiosk_cluster",
  "market_kiosk",
  "wholesale_kiosk_cluster",
  "fair_booth",
]
export const SORT_ORDERS: SortOrder[] = ["-stars", "price", "-price", "-certified_at", "title"]
export const STAR_LEVELS: Stars[] = [3, 4, 5]

export type Certification = {
  stars: Stars
  score: number
  group: string
  sub_group: string | null
  criteria_version: string
  certificate_no: string
  decision_no: string
  level: Level
  issued_at: string
  expires_at: string
}

export type ProducerRef = {
  handle: string
  name: string
  entity_type: EntityType
  province_code: string
  address_as_certified: string
}

export type ProductCard = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: Price
  ocop: Certification
  /** null until the programme records who makes it */
  producer: ProducerRef | null
  /** Buyers' published reviews: `average` to one decimal, null while `count` is 0. */
  rating: Rating
}

export type Rating = { average: number | null; count: number }

/** One buyer's review as shoppers see it (docs/store-api.md). */
export type Review = {
  id: string
  rating: number
  text: string
  /** "Lan N.", or "" when the account has no name */
  author_name: string
  /** 0–3 photos, in the order the buyer posted them */
  photos: { id: string; url: string }[]
  created_at: string
  reply: { text: string; replied_at: string } | null
}

export type ReviewList = {
  reviews: Review[]
  count: number
  limit: number
  offset: number
  average: number | null
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>
}

export type SalesPoint = {
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
  phone: string
  product_count: number
  /** A fair's booth (only while the fair runs, and only on a product's page): the fair and the booth showing it. */
  fair?: SalesPointFair | null
}

export type SalesPointFair = {
  handle: string
  name: string
  first_day: string
  last_day: string
  booth: { number: string; zone: string | null } | null
}

export type FairPhase = "current" | "upcoming" | "past"
export const FAIR_PHASES: FairPhase[] = ["current", "upcoming", "past"]

export type FairSummary = {
  handle: string
  name: string
  organiser: string
  venue: { name: string; address: string; province_code: string; ward_code: string; latitude: number; longitude: number }
  starts_at: string
  ends_at: string
  /** ISO days in Vietnam, both included. */
  first_day: string
  last_day: string
  phase: FairPhase
  opening_hours: string
  cover_image: string | null
  booth_count: number
  exhibitor_count: number
}

export type Booth = {
  number: string
  /** The zone's code, or null for a booth outside every zone. */
  zone: string | null
  position: { x: number; y: number; width: number; height: number }
  producer: (ProducerRef & { phone: string }) | null
  products: ProductCard[]
}

export type FairDetail = FairSummary & {
  description: string
  organiser_phone: string
  organiser_email: string | null
  floor: { columns: number; rows: number }
  zones: { code: string; name: string }[]
  booths: Booth[]
}

export type Variant = {
  id: string
  title: string
  sku: string | null
  options: Record<string, string>
  price: Price
  in_stock: boolean
  /** Units a shopper can buy now; null when the shop does not count them. */
  available: number | null
}

export type ProductDetail = ProductCard & {
  description: string | null
  images: { id: string; url: string }[]
  variants: Variant[]
  sales_points: SalesPoint[]
}

export type Producer = ProducerRef & {
  representative: string
  phone: string
  email: string | null
  ward_code: string
  address: string
  latitude: number | null
  longitude: number | null
  story: string
  founded_year: number | null
  product_count: number
}

export type Group = {
  code: string
  name: string
  count: number
  sub_groups: { code: string; name: string; count: number }[]
}

/** GET /store/ocop/districts: where products come from, by the old district printed on their certificates. */
export type District = { name: string; printed: string; count: number }

/** GET /store/ocop/search/suggest: what a search box offers while the shopper types. */
export type Suggestions = {
  products: { handle: string; title: string; producer: string | null; stars: number }[]
  producers: { handle: string; name: string }[]
  groups: { code: string; count: number }[]
}

/** GET /store/ocop/rules: the programme's rules as the plugin's rules.ts holds them. */
export type StarBand = { stars: number; min: number; max: number; certifying_level: Level | null }
export type OcopRules = {
  min_stars: number
  validity_months: number
  current_criteria_version: string
  criteria_versions: { code: string; decision: string; title: string; in_force_from: string; bands: StarBand[] }[]
}

export type ProductList = { products: ProductCard[]; count: number; limit: number; offset: number }

export type ProductQuery = {
  min_stars?: Stars
  stars?: Stars[]
  group?: string
  producer_type?: EntityType
  province_code?: string
  district?: string
  producer?: string
  sales_point?: string
  /** These products only, by handle (at most 24). */
  handle?: string[]
  price_min?: number
  price_max?: number
  q?: string
  order?: SortOrder
  limit?: number
  offset?: number
}

/** Home delivery's price and working days for one zone of provinces (GET /store/ocop/delivery-zones). */
export type DeliveryZone = {
  code: string
  name: string
  price: Price
  days: string
  province_codes: string[]
}
