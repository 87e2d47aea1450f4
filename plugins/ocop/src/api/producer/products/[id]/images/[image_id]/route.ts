import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { imageErrors, imagesLockKey, productImages } from "../../../../../../producers/product-images"
import { arrangeProducerProductImagesWorkflow, UPLOADED_FILE_ID } from "../../../../../../workflows/marketplace/producer-product-images"
import { producerMemberOf } from "../../../../member-context"
import { loadProducerProduct } from "../../../shape"

/**
 * Takes a photo off the producer's product; the next one becomes the main photo. A file this portal uploaded is
 * deleted with it; a file the programme or the seed put there (which other products may share) is left alone.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = producerMemberOf(req)
  const id = req.params.id!
  const imageId = req.params.image_id!
  await loadProducerProduct(req.scope, me.producer_id, id)
  const locking = req.scope.resolve(Modules.LOCKING)
  await locking.execute(imagesLockKey(id), async () => {
    const { images } = await productImages(req.scope, id)
    const removed = images.find((image) => image.id === imageId)
    if (!removed) throw imageErrors.notFound(imageId)
    const fileId = removed.metadata?.[UPLOADED_FILE_ID]
    await arrangeProducerProductImagesWorkflow(req.scope).run({
      input: {
        product_id: id,
        images: images.filter((image) => image.id !== imageId).map((image) => ({ id: image.id, url: image.url })),
        delete_file_ids: typeof fileId === "string" ? [fileId] : [],
      },
    })
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ product: await loadProducerProduct(req.scope, me.producer_id, id) })
}
