import type { Locale } from "~/i18n/config"
import type { EnquiryContext, EnquiryForm } from "./enquiry"
import { backendCall } from "./medusa.server"

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
