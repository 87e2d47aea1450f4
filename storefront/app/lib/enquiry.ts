/**
 * A buyer's enquiry as the storefront's forms post it (the fair, booth and product pages all post to `/hoi-mua`):
 * where it goes (`san-pham`, `hoi-cho`, `gian-hang`, `nguon` in the action's query), its fields and their checks.
 * Errors are keys of the form's section (`enquiry.errors.*`); the backend checks everything again
 * (POST /store/ocop/trade-leads).
 */
import { z } from "zod"
import { normalizeVietnamPhone } from "./phone"

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

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "enquiry.errors.tooLong")
    .optional()
    .transform((value) => value || undefined)

export const enquirySchema = z
  .object({
    buyer_name: z.string().trim().min(1, "enquiry.errors.name").max(120, "enquiry.errors.name"),
    organisation: optional(200),
    phone: z
      .string()
      .trim()
      .max(30, "enquiry.errors.phone")
      .optional()
      .transform((value, ctx) => {
        if (!value) return undefined
        const normalized = normalizeVietnamPhone(value)
        if (!normalized) ctx.addIssue({ code: "custom", message: "enquiry.errors.phone" })
        return normalized ?? undefined
      }),
    email: z
      .string()
      .trim()
      .max(254, "enquiry.errors.email")
      .optional()
      .transform((value) => value || undefined)
      .pipe(z.string().email("enquiry.errors.email").toLowerCase().optional()),
    market: optional(200),
    quantity: optional(200),
    note: optional(2000),
    /** The fair page's choice of booth, the booth page's choice of product. */
    booth: optional(10),
    product_handle: optional(200),
    website: z.string().optional(),
  })
  .refine((form) => !!form.phone || !!form.email, { message: "enquiry.errors.contact", path: ["phone"] })

export type EnquiryForm = z.infer<typeof enquirySchema>

export type EnquiryResult =
  | { ok: true; producer: string | null }
  | { ok: false; errors: Record<string, string>; values: Record<string, string>; minutes?: number }
