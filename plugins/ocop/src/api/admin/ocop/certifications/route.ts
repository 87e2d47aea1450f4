import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certifyProductWorkflow } from "../../../../workflows/certify-product"
import { CERTIFICATION_WITH_PRODUCT_FIELDS, loadCertification, shapeCertificationWithProduct, stateFilter } from "./helpers"
import type { AdminCertifyProductType, AdminListCertificationsType } from "./validators"

/** Certifications, of one product or all, by state (valid, expired, revoked, not yet valid), paged. */
export async function GET(req: AuthenticatedMedusaRequest<AdminListCertificationsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { product_id, state } = req.validatedQuery as AdminListCertificationsType
  const now = new Date()
  const filters: Record<string, unknown> = stateFilter(state, now)
  if (product_id) {
    // A link cannot be filtered on from the certification's side: take the product's certification ids.
    const { data: products } = await query.graph({ entity: "product", fields: ["certifications.id"], filters: { id: product_id } })
    filters.id = ((products[0] as any)?.certifications ?? []).filter(Boolean).map((c: any) => c.id)
    if (!(filters.id as string[]).length) {
      const { skip, take } = req.queryConfig.pagination
      return res.json({ certifications: [], count: 0, limit: take, offset: skip })
    }
  }
  const { data, metadata } = await query.graph({
    entity: "certification",
    fields: CERTIFICATION_WITH_PRODUCT_FIELDS,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    certifications: data.map((cert: any) => shapeCertificationWithProduct(cert, now)),
    count: metadata!.count,
    limit: metadata!.take,
    offset: metadata!.skip,
  })
}

/** The programme certifies a product. Every OCOP rule is checked before anything is written. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCertifyProductType>, res: MedusaResponse) {
  const { result } = await certifyProductWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ certification: await loadCertification(req.scope, result.id) })
}
