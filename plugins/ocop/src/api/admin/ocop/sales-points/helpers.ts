import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../utils/not-found"
import { PRODUCT_REF_FIELDS } from "../products/query-config"
import { SALES_POINT_FIELDS } from "./query-config"

/** A sales point with the products it carries and the stock location its pickups come from. */
export async function loadSalesPoint(container: MedusaContainer, id: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_point",
    fields: [
      ...SALES_POINT_FIELDS,
      ...PRODUCT_REF_FIELDS.map((f) => `products.${f}`),
      "stock_location.id",
      "stock_location.name",
    ],
    filters: { id },
  })
  const salesPoint = data[0] as Record<string, any> | undefined
  if (!salesPoint) notFound("điểm bán", "sales point", id)
  return { ...salesPoint, products: (salesPoint.products ?? []).filter(Boolean), stock_location: salesPoint.stock_location ?? null }
}
