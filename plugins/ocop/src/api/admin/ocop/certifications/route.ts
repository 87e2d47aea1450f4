import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { certifyProductWorkflow } from "../../../../workflows/certify-product"
import { loadCertification } from "./helpers"
import { listAdminCertifications } from "./list"
import type { AdminCertifyProductType, AdminListCertificationsType } from "./validators"

/**
 * The certificates list: by state (valid, expiring within N days, expired, revoked, not yet valid), stars, group,
 * criteria version, producer, old district, certificate or decision number, of one product or all; paged,
 * sorted by issue or expiry.
 */
export async function GET(req: AuthenticatedMedusaRequest<AdminListCertificationsType>, res: MedusaResponse) {
  const { skip, take } = req.queryConfig.pagination
  const page = await listAdminCertifications(req.scope, req.validatedQuery as AdminListCertificationsType, req.queryConfig.pagination as any, new Date())
  res.json({ ...page, limit: take, offset: skip })
}

/** The programme certifies a product. Every OCOP rule is checked before anything is written. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCertifyProductType>, res: MedusaResponse) {
  const { result } = await certifyProductWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ certification: await loadCertification(req.scope, result.id) })
}
