/**
 * A producer's own catalogue work through Medusa's product and inventory workflows: a new product (a draft the
 * programme has not graded yet), a new variant with its price and stock, and the publishing of a producer's draft
 * once the programme certifies it. Each nested workflow undoes itself when a later step fails.
 */
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createProductVariantsWorkflow,
  createRemoteLinkStep,
  updateProductOptionValuesOnProductStep,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"

/** A variant as the producer types it: its name in both languages, a đồng price and the units in stock. */
export type ProducerVariantDraft = { title: string; title_en?: string | null; sku?: string | null; price: number; stock: number }

/** The option every variant of a producer's new product is told apart by (its pack or size). */
export const PACK_OPTION = "Quy cách"

/** Marks a product its producer submitted: certifying it publishes it (`publishSubmittedDraftsStep`). */
export const SUBMITTED_BY = "ocop_submitted_by"

export type CreateProducerProductInput = {
  producer_id: string
  /** `producer:<member id>`. */
  submitted_by: string
  location_id: string
  shipping_profile_id: string
  product: {
    handle: string
    title: string
    title_en?: string | null
    description?: string | null
    description_en?: string | null
    variants: ProducerVariantDraft[]
  }
}

const variantInput = (variant: ProducerVariantDraft, options: Record<string, string> | undefined) => ({
  title: variant.title,
  sku: variant.sku || undefined,
  metadata: variant.title_en ? { title_en: variant.title_en } : undefined,
  options,
  manage_inventory: true,
  prices: [{ currency_code: "vnd", amount: variant.price }],
})

/** The stock levels to open at the producer's location: one per new variant's inventory item, with its units. */
const stockLevelsStep = createStep(
  "ocop-producer-stock-levels",
  async (input: { variant_ids: string[]; stock_by_title: Record<string, number>; location_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "variant",
      fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: { id: input.variant_ids },
    })
    const levels = (data as any[]).flatMap((variant) =>
      (variant.inventory_items ?? []).filter(Boolean).map((item: any) => ({
        inventory_item_id: item.inventory_item_id as string,
        location_id: input.location_id,
        stocked_quantity: input.stock_by_title[variant.title] ?? 0,
      }))
    )
    return new StepResponse(levels)
  }
)

/**
 * A producer's new product: a draft in no sales channel (the certification workflows put a certified product in
 * the storefront's channel), its English texts in `metadata` as every product's, its variants stocked at the
 * producer's location, and linked to the producer.
 */
export const createProducerProductWorkflow = createWorkflow("ocop-create-producer-product", (input: CreateProducerProductInput) => {
  const productInput = transform({ input }, ({ input }) => {
    const { product } = input
    return {
      products: [
        {
          handle: product.handle,
          title: product.title,
          description: product.description || undefined,
          status: ProductStatus.DRAFT,
          shipping_profile_id: input.shipping_profile_id,
          metadata: {
            ...(product.title_en ? { title_en: product.title_en } : {}),
            ...(product.description_en ? { description_en: product.description_en } : {}),
            [SUBMITTED_BY]: input.submitted_by,
          },
          options: [{ title: PACK_OPTION, values: product.variants.map((v) => v.title) }],
          variants: product.variants.map((variant) => variantInput(variant, { [PACK_OPTION]: variant.title })),
        },
      ],
    }
  })
  const created = createProductsWorkflow.runAsStep({ input: productInput })
  const levelsInput = transform({ created, input }, ({ created, input }) => ({
    variant_ids: (created[0]!.variants ?? []).map((v: { id: string }) => v.id),
    stock_by_title: Object.fromEntries(input.product.variants.map((v) => [v.title, v.stock])),
    location_id: input.location_id,
  }))
  const levels = stockLevelsStep(levelsInput)
  createInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels })) })
  createRemoteLinkStep(
    transform({ created, input }, ({ created, input }) => [
      { [Modules.PRODUCT]: { product_id: created[0]!.id }, [OCOP_MODULE]: { producer_id: input.producer_id } },
    ])
  )
  return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created[0]!.id as string })))
})

export type AddProducerVariantInput = {
  product_id: string
  /** The product's one option, whose new value names the variant; none for a product without options. */
  option: { id: string; title: string } | null
  location_id: string
  variant: ProducerVariantDraft
}

/** A new variant of a producer's product: its option value, the variant with its đồng price, its stock. */
export const addProducerVariantWorkflow = createWorkflow("ocop-add-producer-variant", (input: AddProducerVariantInput) => {
  when("option-value", input, (input) => !!input.option).then(() => {
    updateProductOptionValuesOnProductStep(
      transform({ input }, ({ input }) => [
        { product_id: input.product_id, product_option_id: input.option!.id, add: [{ value: input.variant.title }] },
      ]) as any
    )
  })
  const created = createProductVariantsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      product_variants: [
        {
          product_id: input.product_id,
          ...variantInput(input.variant, input.option ? { [input.option.title]: input.variant.title } : undefined),
        },
      ],
    })) as any,
  })
  const levels = stockLevelsStep(
    transform({ created, input }, ({ created, input }) => ({
      variant_ids: (created as any[]).map((v) => v.id as string),
      stock_by_title: { [input.variant.title]: input.variant.stock },
      location_id: input.location_id,
    }))
  )
  createInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels })) })
  return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: (created as any[])[0]!.id as string })))
})

/** Of the given products, the drafts their producers submitted. */
export const findSubmittedDraftsStep = createStep("ocop-find-submitted-drafts", async (productIds: string[], { container }) => {
  if (!productIds.length) return new StepResponse([] as string[])
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ id: productIds, status: ProductStatus.DRAFT }, { select: ["id", "metadata"], take: null })
  return new StepResponse(products.filter((p) => p.metadata?.[SUBMITTED_BY]).map((p) => p.id))
})

/**
 * The programme certified products: a producer's submitted drafts among them are published (Medusa's own update,
 * undone with the certification), so the catalogue's projection, which shows published products only, lists them.
 */
export const publishSubmittedDraftsWorkflow = createWorkflow("ocop-publish-submitted-drafts", (productIds: string[]) => {
  const drafts = findSubmittedDraftsStep(productIds)
  when("has-drafts", { drafts }, ({ drafts }) => drafts.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ drafts }, ({ drafts }) => ({ selector: { id: drafts }, update: { status: ProductStatus.PUBLISHED } })),
    })
  })
  return new WorkflowResponse(drafts)
})
