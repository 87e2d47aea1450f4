import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSalesPointsWorkflow } from "../../../../workflows/create-sales-points"
import { nameSearch } from "../../../utils/name-search"
import { loadSalesPoint } from "./helpers"
import type { AdminCreateSalesPointType, AdminListSalesPointsType } from "./validators"

/** Sales points, active or not, filtered and paged, each with how many products it carries. */
export async function GET(req: AuthenticatedMedusaRequest<AdminListSalesPointsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, any>
  const { data, metadata } = await query.graph({
    entity: "sales_point",
    fields: [...req.queryConfig.fields, "products.id", "stock_location.id", "stock_location.name"],
    filters: { ...filters, ...nameSearch(q) },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    sales_points: data.map(({ products, stock_location, ...point }: any) => ({
      ...point,
      product_count: (products ?? []).filter(Boolean).length,
      stock_location: stock_location ?? null,
    })),
    count: metadata!.count,
    limit: metadata!.take,
    offset: metadata!.skip,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateSalesPointType>, res: MedusaResponse) {
  const { result } = await createSalesPointsWorkflow(req.scope).run({ input: { sales_points: [req.validatedBody] } })
  res.json({ sales_point: await loadSalesPoint(req.scope, result[0].id) })
}
