import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertAllFound } from "./update-producers"

export type FindLinkedProductsInput = { entity: "producer" | "sales_point"; ids: string[] }

/** The products linked to some producers or sales points: the ones whose cards change with them. Reads only. */
export const findLinkedProductsStep = createStep(
  "ocop-find-linked-products",
  async ({ entity, ids }: FindLinkedProductsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity, fields: ["id", "products.id"], filters: { id: ids } })
    assertAllFound(entity, ids, data as { id: string }[])
    const productIds = (data as any[]).flatMap((row) => (row.products ?? []).filter(Boolean).map((p: any) => p.id as string))
    return new StepResponse({ product_ids: [...new Set(productIds)] })
  }
)
