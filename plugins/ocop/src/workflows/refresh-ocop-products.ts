import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { projectProductsStep, type ProjectProductsInput } from "./steps/project-products"
import { syncStorefrontChannelStep } from "./steps/sync-storefront-channel"

/**
 * Emitted once a refresh has rewritten the catalogue rows of `product_ids` (at the instant `now`, when a sweep
 * judged validity at another instant). The search index follows it (src/subscribers/catalogue-search.ts): the
 * read model is the only place that decides what may be shown, and search copies it.
 */
export const CATALOGUE_CHANGED_EVENT = "ocop.catalogue.changed"

export type CatalogueChangedData = { product_ids: string[]; now?: string }

/**
 * Brings the catalogue rows and storefront membership of some products in line with their current
 * certification, producer and sales points. Every workflow that changes one of those ends with it.
 */
export const refreshOcopProductsWorkflow = createWorkflow(
  "ocop-refresh-products",
  (input: ProjectProductsInput) => {
    const projected = projectProductsStep(input)
    syncStorefrontChannelStep(projected)
    // Released when the outermost workflow succeeds, so the search index never sees rows a compensation undid.
    const changed = transform({ input }, ({ input }) => ({
      eventName: CATALOGUE_CHANGED_EVENT,
      data: { product_ids: [...new Set(input.product_ids)], now: input.now } satisfies CatalogueChangedData,
    }))
    emitEventStep(changed).config({ name: "emit-catalogue-changed" })
    return new WorkflowResponse(projected)
  }
)
