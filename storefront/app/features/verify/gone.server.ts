import { data } from "@remix-run/node"
import type { Locale } from "~/i18n/config"
import { certificatesOfProduct } from "./verify.server"
import type { VerifyErrorData } from "./VerifyError"

/**
 * A product page that the catalogue no longer shows: when the product's newest certificate was revoked or has
 * expired, the page answers 410 with that explanation and a link to the lookup instead of a bare 404. A product
 * never certified, graded under 3 stars since, or simply unpublished stays a 404 (the caller rethrows).
 */
export async function goneInstead(error: unknown, request: Request, locale: Locale, handle: string): Promise<never> {
  if (!(error instanceof Response) || error.status !== 404 || !handle) throw error
  const certificates = await certificatesOfProduct(request, locale, handle).catch(() => [])
  const newest = certificates[0]
  if (newest && (newest.status === "revoked" || newest.status === "expired")) {
    const gone: VerifyErrorData = {
      kind: "gone",
      reason: newest.status,
      certificate_no: newest.certificate_no,
      title: newest.product.title,
      date: newest.status === "revoked" ? newest.revoked_at ?? newest.expires_at : newest.expires_at,
    }
    throw data(gone, { status: 410, headers: { "Cache-Control": "public, max-age=60" } })
  }
  throw error
}
