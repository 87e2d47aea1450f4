/**
 * A line of a cart or of an order as the storefront shows it: Medusa's line item with its amounts as numbers
 * (the API sends big numbers as strings) and the optional fields as null.
 */
export type LineItem = {
  id: string
  title: string
  product_title: string | null
  product_handle: string | null
  variant_id: string | null
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
  thumbnail: string | null
}

export type MedusaLineItem = {
  id: string
  title: string
  product_title?: string | null
  product_handle?: string | null
  variant_id?: string | null
  variant_title?: string | null
  quantity: number | string
  unit_price: number | string
  total?: number | string | null
  thumbnail?: string | null
}

export function toLineItem(item: MedusaLineItem): LineItem {
  return {
    id: item.id,
    title: item.title,
    product_title: item.product_title ?? null,
    product_handle: item.product_handle ?? null,
    variant_id: item.variant_id ?? null,
    variant_title: item.variant_title ?? null,
    quantity: Number(item.quantity),
    unit_price: Number(item.unit_price),
    total: Number(item.total ?? Number(item.unit_price) * Number(item.quantity)),
    thumbnail: item.thumbnail ?? null,
  }
}
