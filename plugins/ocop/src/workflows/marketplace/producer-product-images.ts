/**
 * A producer's photos of its product through Medusa's own workflows: the files through the File Module
 * (`uploadFilesWorkflow`: the local provider here, S3 or another provider unchanged), the product's images and
 * thumbnail through `updateProductsWorkflow` (whose `product.updated` event refreshes the catalogue's card).
 * Medusa writes a product's images as one ordered list (each image's rank is its place), so every change here
 * hands it the whole list; the routes hold a lock per product around each change (producers/product-images.ts).
 */
import { deleteFilesWorkflow, updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

/** An image the product keeps, as Medusa knows it. */
export type KeptImage = { id: string; url: string }

/** Marks an image whose file this portal uploaded: removing the image removes that file too. */
export const UPLOADED_FILE_ID = "ocop_file_id"

export type AddProducerProductImagesInput = {
  product_id: string
  /** The product's photos now, main photo first. */
  kept: KeptImage[]
  /** Checked already: JPEG, PNG or WebP by their bytes, within the size; `content` in base64, as Medusa's upload route sends. */
  files: { filename: string; mimeType: string; content: string }[]
}

/**
 * New photos after the product's own. If the product update fails, the upload step's compensation deletes the
 * files again, so a refused update leaves no stray files behind.
 */
export const addProducerProductImagesWorkflow = createWorkflow("ocop-add-producer-product-images", (input: AddProducerProductImagesInput) => {
  const uploadInput = transform({ input }, ({ input }) => ({ files: input.files.map((file) => ({ ...file, access: "public" as const })) }))
  const uploaded = uploadFilesWorkflow.runAsStep({ input: uploadInput })
  const update = transform({ input, uploaded }, ({ input, uploaded }) => {
    const images = [
      ...input.kept.map((image) => ({ id: image.id, url: image.url })),
      ...uploaded.map((file) => ({ url: file.url, metadata: { [UPLOADED_FILE_ID]: file.id } })),
    ]
    return { products: [{ id: input.product_id, images, thumbnail: images[0]?.url ?? null }] }
  })
  updateProductsWorkflow.runAsStep({ input: update })
  return new WorkflowResponse(uploaded)
})

export type ArrangeProducerProductImagesInput = {
  product_id: string
  /** The photos the product keeps, in their new order: the first is the main photo (Medusa's thumbnail). */
  images: KeptImage[]
  /** Files of photos taken off that this portal uploaded: deleted once the product no longer shows them. */
  delete_file_ids?: string[]
}

/** Photos put in a new order or taken off; the first one left is the thumbnail, none left leaves no thumbnail. */
export const arrangeProducerProductImagesWorkflow = createWorkflow("ocop-arrange-producer-product-images", (input: ArrangeProducerProductImagesInput) => {
  const update = transform({ input }, ({ input }) => ({
    products: [{ id: input.product_id, images: input.images.map((image) => ({ id: image.id, url: image.url })), thumbnail: input.images[0]?.url ?? null }],
  }))
  updateProductsWorkflow.runAsStep({ input: update })
  // Last, as a deleted file cannot come back: only once the product stopped showing it.
  when({ input }, ({ input }) => !!input.delete_file_ids?.length).then(() => {
    deleteFilesWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: input.delete_file_ids ?? [] })) })
  })
  return new WorkflowResponse(input.images)
})
