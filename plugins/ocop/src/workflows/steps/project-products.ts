import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import type OcopModuleService from "../../modules/ocop/service"
import type { CatalogueEntryInput, RegisterEntryRow } from "../../modules/ocop/service"
import { isOnSaleToday, PRODUCT_PROJECTION_FIELDS, projectProduct, projectRegister, type ProductGraph } from "../utils/project-product"

export type ProjectProductsInput = { product_ids: string[]; now?: string }
export type ProjectProductsOutput = { on_sale: string[]; off_sale: string[] }

/**
 * Rewrites the catalogue rows and the public register's rows of these products from their current graph, and
 * says which of them may be on sale today. Undo puts the previous rows back.
 */
export const projectProductsStep = createStep(
  "ocop-project-products",
  async (input: ProjectProductsInput, { container }) => {
    const productIds = [...new Set(input.product_ids)]
    const now = input.now ? new Date(input.now) : new Date()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    // Read and write under a lock per product: two refreshes of one product that interleave (a subscriber's and
    // a certification's) would otherwise let the one that read first write last, leaving a stale row.
    const { products, previous, previousRegister } = await locking.execute(
      productIds.map((id) => `ocop:project:${id}`),
      async () => {
        const { data } = productIds.length
          ? await query.graph({ entity: "product", fields: PRODUCT_PROJECTION_FIELDS, filters: { id: productIds } })
          : { data: [] }
        const products = data as unknown as ProductGraph[]
        // Buyers' ratings live in the review module; the card carries a copy (docs/decisions/040).
        const ratings = await container.resolve<ReviewModuleService>(REVIEW_MODULE).summarizeRatings(productIds)
        const entries = products.map((product) => projectProduct(product, now, ratings.get(product.id))).filter((e): e is CatalogueEntryInput => !!e)
        const { previous } = await ocop.replaceCatalogueEntries(productIds, entries)
        const { previous: previousRegister } = await ocop.replaceRegisterEntries(productIds, products.flatMap(projectRegister))
        return { products, previous, previousRegister }
      },
      { timeout: 60 }
    )
    const onSale = new Set(products.filter((product) => isOnSaleToday(product, now)).map((p) => p.id))
    return new StepResponse<ProjectProductsOutput, { product_ids: string[]; previous: CatalogueEntryInput[]; previousRegister: RegisterEntryRow[] }>(
      { on_sale: productIds.filter((id) => onSale.has(id)), off_sale: productIds.filter((id) => !onSale.has(id)) },
      { product_ids: productIds, previous, previousRegister }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.replaceCatalogueEntries(undo.product_ids, undo.previous)
    await ocop.replaceRegisterEntries(undo.product_ids, undo.previousRegister ?? [])
  }
)
