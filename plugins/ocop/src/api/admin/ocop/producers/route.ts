import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducersWorkflow } from "../../../../workflows/create-producers"
import { nameSearch } from "../../../utils/name-search"
import { loadProducer } from "./helpers"
import type { AdminCreateProducerType, AdminListProducersType } from "./validators"

/** Producers, filtered and paged, each with how many products it has. */
export async function GET(req: AuthenticatedMedusaRequest<AdminListProducersType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, any>
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: [...req.queryConfig.fields, "products.id"],
    filters: { ...filters, ...nameSearch(q) },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    producers: data.map(({ products, ...producer }: any) => ({ ...producer, product_count: (products ?? []).filter(Boolean).length })),
    count: metadata!.count,
    limit: metadata!.take,
    offset: metadata!.skip,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateProducerType>, res: MedusaResponse) {
  const { result } = await createProducersWorkflow(req.scope).run({ input: { producers: [req.validatedBody] } })
  res.json({ producer: await loadProducer(req.scope, result[0].id) })
}
