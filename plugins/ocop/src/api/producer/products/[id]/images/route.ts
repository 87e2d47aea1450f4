import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { imageKindOf, storedImageName } from "../../../../../lib/image-files"
import { imageErrors, imagesLockKey, MAX_IMAGES_PER_PRODUCT, productImages } from "../../../../../producers/product-images"
import { addProducerProductImagesWorkflow } from "../../../../../workflows/marketplace/producer-product-images"
import { producerMemberOf } from "../../../member-context"
import { loadProducerProduct } from "../../shape"

/**
 * New photos of the producer's own product (multipart, field `images`): JPEG, PNG or WebP by their bytes, each
 * within the size, no more than the product may hold. They show at once (a photo does not change what the
 * certificate covers); the first photo of a product without any becomes its main photo.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = producerMemberOf(req)
  const id = req.params.id!
  // Another producer's product is the same 404 as none, before anything of the upload is looked at.
  await loadProducerProduct(req.scope, me.producer_id, id)
  const files = ((req as unknown as { files?: Express.Multer.File[] }).files ?? []).filter((file) => file.size > 0)
  if (!files.length) throw imageErrors.none()
  const kinds = files.map((file) => {
    const kind = imageKindOf(file.buffer)
    if (!kind) throw imageErrors.notAnImage(file.originalname.slice(0, 100))
    return kind
  })
  const locking = req.scope.resolve(Modules.LOCKING)
  await locking.execute(imagesLockKey(id), async () => {
    const { handle, images } = await productImages(req.scope, id)
    if (images.length + files.length > MAX_IMAGES_PER_PRODUCT) throw imageErrors.tooMany(images.length, files.length)
    await addProducerProductImagesWorkflow(req.scope).run({
      input: {
        product_id: id,
        kept: images.map((image) => ({ id: image.id, url: image.url })),
        files: files.map((file, index) => ({
          filename: storedImageName(handle, kinds[index]!),
          mimeType: kinds[index]!.mime,
          content: file.buffer.toString("base64"),
        })),
      },
    })
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.status(201).json({ product: await loadProducerProduct(req.scope, me.producer_id, id) })
}
