/**
 * A buyer's enquiry as the storefront's forms post it (the fair, booth and product pages all post to `/hoi-mua`):
 * where it goes (`san-pham`, `hoi-cho`, `gian-hang`, `nguon` in the action's query), its fields and their checks.
 * No zod here: the form component imports this, and the checks (enquiry.server.ts) stay out of the browser's
 * bundle.
 */

export const ENQUIRY_SOURCES = ["booth_qr", "fair_page", "product_page"] as const
export type EnquirySource = (typeof ENQUIRY_SOURCES)[number]

export type EnquiryContext = { product?: string; fair?: string; booth?: string; source: EnquirySource }

const PARAMS = { product: "san-pham", fair: "hoi-cho", booth: "gian-hang", source: "nguon" } as const

/** The enquiry page's Vietnamese-site path for this context (the forms' action). */
export function enquiryPath(context: EnquiryContext): string {
  const query = new URLSearchParams()
  for (const [key, param] of Object.entries(PARAMS)) {
    const value = context[key as keyof EnquiryContext]
    if (value) query.set(param, value)
  }
  return `/hoi-mua?${query.toString()}`
}

const handle = (value: string | null) => (value && /^[a-z0-9-]{1,200}$/.test(value) ? value : undefined)
const boothNumber = (value: string | null) => (value && /^[A-Za-z0-9-]{1,10}$/.test(value) ? value : undefined)

/** The context a URL names; what is malformed is dropped (the page then asks for a product or a booth). */
export function contextFromSearch(search: URLSearchParams): EnquiryContext {
  const source = search.get(PARAMS.source)
  const context: EnquiryContext = {
    product: handle(search.get(PARAMS.product)),
    fair: handle(search.get(PARAMS.fair)),
    booth: boothNumber(search.get(PARAMS.booth)),
    source: ENQUIRY_SOURCES.includes(source as EnquirySource) ? (source as EnquirySource) : "product_page",
  }
  return context
}

export type EnquiryResult =
  | { ok: true; producer: string | null }
  | { ok: false; errors: Record<string, string>; values: Record<string, string>; minutes?: number }
