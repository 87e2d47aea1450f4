/**
 * A producer's photos of its own products (issue 17): which files are photos, how many a product may have, and the
 * product's photos as they stand. Photos do not change what the certificate covers (the programme grades the
 * product, not its pictures), so they apply at once, with no review (docs/decisions/042 keeps names and packs).
 */
import { randomBytes } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A phone's photo is 2–4 MB as JPEG; a larger file is a scan or a raw camera file nobody needs on a product page. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
/** Enough angles, packs and close-ups for a shopper; more only slows the page and the gallery. */
export const MAX_IMAGES_PER_PRODUCT = 10

export type ImageKind = { mime: "image/jpeg" | "image/png" | "image/webp"; extension: "jpg" | "png" | "webp" }

/**
 * What the file is, read from its first bytes, or null for anything but JPEG, PNG and WebP. The name and the type
 * the browser sent are the sender's word: a script named `.png` must not be served as a picture of ours.
 */
export function imageKindOf(bytes: Uint8Array): ImageKind | null {
  const starts = (signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte)
  if (starts([0xff, 0xd8, 0xff])) return { mime: "image/jpeg", extension: "jpg" }
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", extension: "png" }
  // RIFF <size> WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return { mime: "image/webp", extension: "webp" }
  return null
}

/**
 * The stored file's name: the product's handle and a random part. Never the sender's name: it may hold a path, a
 * script's extension or words the producer did not mean to publish.
 */
export function storedImageName(handle: string, kind: ImageKind): string {
  return `${handle.slice(0, 80)}-${randomBytes(6).toString("hex")}.${kind.extension}`
}

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
  notAnImage: (name: string) =>
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Tệp "${name}" không phải ảnh JPEG, PNG hay WebP / "${name}" is not a JPEG, PNG or WebP photo`,
      "not_an_image"
    ),
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
