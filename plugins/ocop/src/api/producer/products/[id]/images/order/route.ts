import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { imageErrors, imagesLockKey, productImages } from "../../../../../../producers/product-images"
import { arrangeProducerProductImagesWorkflow } from "../../../../../../workflows/marketplace/producer-product-images"
import { producerMemberOf } from "../../../../member-context"
import type { ProducerOrderImagesType } from "../../../../validators"
import { loadProducerProduct } from "../../../shape"

/**
 * The product's photos in a new order, every photo named once: the first is the main photo (the thumbnail the
 * catalogue's cards show). A list that leaves a photo out or names another is refused: taking a photo off is
 * its own call, so a stale page cannot drop a photo someone added meanwhile.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerOrderImagesType>, res: MedusaResponse) {
  const me = producerMemberOf(req)
  const id = req.params.id!
  await loadProducerProduct(req.scope, me.producer_id, id)
  const wanted = req.validatedBody.image_ids
  const locking = req.scope.resolve(Modules.LOCKING)
  await locking.execute(imagesLockKey(id), async () => {
    const { images } = await productImages(req.scope, id)
    const byId = new Map(images.map((image) => [image.id, image]))
    if (wanted.length !== images.length || wanted.some((imageId) => !byId.has(imageId))) throw imageErrors.notTheSame()
    await arrangeProducerProductImagesWorkflow(req.scope).run({
      input: { product_id: id, images: wanted.map((imageId) => ({ id: imageId, url: byId.get(imageId)!.url })) },
    })
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ product: await loadProducerProduct(req.scope, me.producer_id, id) })
}
