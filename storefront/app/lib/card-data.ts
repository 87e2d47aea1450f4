import type { ProductCard } from "~/lib/store-api"

/**
 * What a product card shows, and nothing more: loader data is serialized into every page's HTML, and a full
 * certificate per card would nearly double the catalogue page's weight.
 */
export type CardData = Pick<ProductCard, "id" | "handle" | "title" | "thumbnail" | "price" | "producer" | "rating"> & {
  ocop: Pick<ProductCard["ocop"], "stars">
}

export function toCardData(product: ProductCard): CardData {
  const { id, handle, title, thumbnail, price, producer, ocop, rating } = product
  return { id, handle, title, thumbnail, price, producer, rating, ocop: { stars: ocop.stars } }
}
