import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { replaceLinksStep } from "./steps/replace-links"

/** The sales points that carry a product, replaced as a whole. */
export const setProductSalesPointsWorkflow = createWorkflow(
  "ocop-set-product-sales-points",
  (input: { product_id: string; sales_point_ids: string[] }) => {
    const linkInput = transform({ input }, ({ input }) => ({
      link: "product_sales_points" as const,
      id: input.product_id,
      target_ids: input.sales_point_ids,
    }))
    const changed = replaceLinksStep(linkInput)
    const refreshInput = transform({ input }, ({ input }) => ({ product_ids: [input.product_id] }))
    refreshOcopProductsWorkflow.runAsStep({ input: refreshInput })
    return new WorkflowResponse(changed)
  }
)

/** The products a sales point carries, replaced as a whole; every product that gained or lost it is re-projected. */
export const setSalesPointProductsWorkflow = createWorkflow(
  "ocop-set-sales-point-products",
  (input: { sales_point_id: string; product_ids: string[] }) => {
    const linkInput = transform({ input }, ({ input }) => ({
      link: "sales_point_products" as const,
      id: input.sales_point_id,
      target_ids: input.product_ids,
    }))
    const changed = replaceLinksStep(linkInput)
    const refreshInput = transform({ changed }, ({ changed }) => ({ product_ids: changed.changed }))
    refreshOcopProductsWorkflow.runAsStep({ input: refreshInput })
    return new WorkflowResponse(changed)
  }
)
