import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificationState, type CertificationState } from "../../../../modules/ocop/rules"
import { notFound } from "../../../utils/not-found"
import { CERTIFICATION_FIELDS } from "./query-config"
import type { AdminCertification } from "./types"

type Row = Record<string, any>

/** A certification as the admin sees it: the request's wording (`group`), with its state from rules.ts. */
export function shapeCertification(cert: Row, productId: string | null, now: Date): AdminCertification {
  return {
    id: cert.id,
    product_id: productId,
    stars: cert.stars,
    score: Number(cert.score),
    criteria_version: cert.criteria_version,
    group: cert.group_code,
    sub_group: cert.sub_group_code ?? null,
    level: cert.level ?? null,
    certificate_no: cert.certificate_no ?? null,
    decision_no: cert.decision_no ?? null,
    issued_at: iso(cert.issued_at)!,
    expires_at: iso(cert.expires_at)!,
    revoked_at: iso(cert.revoked_at),
    revoked_reason: cert.revoked_reason ?? null,
    renews_id: cert.renews_id ?? null,
    state: certificationState(cert as any, now),
    created_at: iso(cert.created_at)!,
  }
}

/** A certification of a list or a page, with the product it speaks for. */
export function shapeCertificationWithProduct(cert: Row, now: Date) {
  return {
    ...shapeCertification(cert, cert.product?.id ?? null, now),
    product: cert.product ? { id: cert.product.id, title: cert.product.title, handle: cert.product.handle } : null,
  }
}

/** What `shapeCertificationWithProduct` reads. */
export const CERTIFICATION_WITH_PRODUCT_FIELDS = [...CERTIFICATION_FIELDS, "product.id", "product.title", "product.handle"]

function iso(value: unknown): string | null {
  if (value == null) return null
  return new Date(value as string).toISOString()
}

/** Newest first: by issue date, then by when it was recorded (a renewal issued the same day comes first). */
export function newestFirst(a: AdminCertification, b: AdminCertification) {
  return b.issued_at.localeCompare(a.issued_at) || b.created_at.localeCompare(a.created_at)
}

export async function loadCertification(container: MedusaContainer, id: string, now = new Date()) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certification",
    fields: CERTIFICATION_WITH_PRODUCT_FIELDS,
    filters: { id },
  })
  const cert = data[0] as Row | undefined
  if (!cert) notFound("chứng nhận", "certification", id)
  return shapeCertificationWithProduct(cert, now)
}

/**
 * rules.ts' `certificationState` written as a database filter, so a list filtered by state can be paged in
 * the database. The two must agree; the certification tests check every listed row against rules.ts.
 */
export function stateFilter(state: CertificationState | undefined, now: Date): Row {
  switch (state) {
    case undefined:
      return {}
    case "revoked":
      return { revoked_at: { $ne: null } }
    case "not_yet_valid":
      return { revoked_at: null, issued_at: { $gt: now } }
    case "expired":
      return { revoked_at: null, issued_at: { $lte: now }, expires_at: { $lte: now } }
    case "valid":
      return { revoked_at: null, issued_at: { $lte: now }, expires_at: { $gt: now } }
  }
}
