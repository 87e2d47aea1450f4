/**
 * A producer's photos of its own products (issue 17): how many a product may have, and the
 * product's photos as they stand. Photos do not change what the certificate covers (the programme grades the
 * product, not its pictures), so they apply at once, with no review (docs/decisions/042 keeps names and packs).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { notAPhoto } from "../lib/image-files"

/** Enough angles, packs and close-ups for a shopper; more only slows the page and the gallery. */
export const MAX_IMAGES_PER_PRODUCT = 10

export type ProductImageRow = { id: string; url: string; rank: number; metadata: Record<string, unknown> | null }

/** The product's photos, main photo first (Medusa keeps the order as each image's rank). */
export async function productImages(container: MedusaContainer, productId: string): Promise<{ handle: string; images: ProductImageRow[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "images.id", "images.url", "images.rank", "images.metadata"],
    filters: { id: productId },
  })
  const product = data[0] as { handle: string; images?: (ProductImageRow | null)[] } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm / product ${productId} not found`)
  const images = (product.images ?? []).filter((image): image is ProductImageRow => !!image).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  return { handle: product.handle, images }
}

/** The key of the lock that keeps a product's photo changes one at a time: each writes the whole list. */
export const imagesLockKey = (productId: string) => `ocop-product-images:${productId}`

export const imageErrors = {
  none: () =>
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      'Hãy chọn ít nhất một ảnh (trường "images") / choose at least one photo (field "images")',
      "no_images"
    ),
  notAnImage: notAPhoto,
  tooMany: (has: number, adding: number) =>
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Mỗi sản phẩm tối đa ${MAX_IMAGES_PER_PRODUCT} ảnh: đang có ${has}, thêm ${adding} / a product takes at most ${MAX_IMAGES_PER_PRODUCT} photos: it has ${has}, adding ${adding}`,
      "too_many_images"
    ),
  notFound: (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy ảnh / photo ${id} not found`),
  notTheSame: () =>
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Danh sách phải gồm đúng các ảnh của sản phẩm, mỗi ảnh một lần / the list must name each of the product's photos exactly once",
      "image_list_mismatch"
    ),
}
