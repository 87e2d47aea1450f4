import { storeGet } from "~/lib/medusa.server"

export type FeaturedProduct = { handle: string; title: string; thumbnail: string | null; price: number | null }

type Region = { id: string; currency_code: string }
type StoreProduct = {
  handle: string
  title: string
  thumbnail: string | null
  variants: { calculated_price?: { calculated_amount: number | null } | null }[]
}

/** Until the OCOP catalogue route lands: Medusa's own product list, priced for the VND region. */
export async function loadFeaturedProducts(): Promise<FeaturedProduct[]> {
  const { regions } = await storeGet<{ regions: Region[] }>("/store/regions")
  const vietnam = regions.find((region) => region.currency_code === "vnd")
  const { products } = await storeGet<{ products: StoreProduct[] }>("/store/products", {
    limit: 12,
    region_id: vietnam?.id,
    fields: "title,handle,thumbnail,*variants.calculated_price",
  })
  return products.map((product) => {
    const amounts = product.variants
      .map((variant) => variant.calculated_price?.calculated_amount)
      .filter((amount): amount is number => typeof amount === "number")
    return {
      handle: product.handle,
      title: product.title,
      thumbnail: product.thumbnail,
      price: amounts.length ? Math.min(...amounts) : null,
    }
  })
}
