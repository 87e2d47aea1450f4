import { z } from "zod"
import type { Locale } from "~/i18n/config"
import type { EnquiryContext } from "./enquiry"
import { backendCall } from "./medusa.server"
import { normalizePhone } from "./phone.server"

/**
 * The enquiry form's checks, on the server before anything reaches the backend (which checks everything again,
 * POST /store/ocop/trade-leads). Errors are keys of the form's section (`enquiry.errors.*`).
 */
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
        const normalized = normalizePhone(value)
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


/**
 * Posts a checked enquiry to the backend: `sent`, or `refused` when the backend would not take it (a booth or a
 * product gone from the fair, the honeypot filled); throws TooManyAttempts (429) and, for a fault, an error.
 * The browser's X-Forwarded-For goes along so the backend counts per client (lib/medusa.server.ts).
 */
export async function sendEnquiry(request: Request, locale: Locale, context: EnquiryContext, form: EnquiryForm) {
  const { booth, product_handle, ...fields } = form
  const answer = await backendCall("POST", "/store/ocop/trade-leads", {
    request,
    body: {
      ...fields,
      website: fields.website ?? "",
      product_handle: product_handle ?? context.product,
      fair_handle: context.fair,
      booth: booth ?? context.booth,
      source: context.source,
      locale,
    },
  })
  return answer.status === 201 ? ("sent" as const) : ("refused" as const)
}
