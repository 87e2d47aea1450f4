import type { LoaderFunctionArgs } from "@remix-run/node"
import { publicOrigin } from "~/lib/http.server"
import { sitemapXml } from "~/lib/sitemap"
import type { ProductCard } from "~/lib/store-api"
import { listProvinces } from "~/lib/places.server"
import { listAllProducers, listAllSalesPoints, listFairs, listProducts } from "~/lib/store-api.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const [products, producers, salesPoints, provinces, ...fairs] = await Promise.all([
    allProducts(),
    listAllProducers("vi"),
    listAllSalesPoints("vi"),
    listProvinces(),
    listFairs("vi", "current", 100),
    listFairs("vi", "upcoming", 100),
    listFairs("vi", "past", 100),
  ])
  const paths = [
    "/",
    "/san-pham",
    "/chu-the",
    "/diem-ban",
    "/tinh",
    // Provinces with products on show; the others' pages say there are none yet.
    ...provinces.filter((province) => province.product_count > 0).map((province) => `/tinh/${province.code}`),
    "/hoi-cho",
    ...products.map((product) => `/san-pham/${product.handle}`),
    ...producers.map((producer) => `/chu-the/${producer.handle}`),
    ...salesPoints.map((point) => `/diem-ban/${point.handle}`),
    ...fairs.flatMap((list) => list.fairs.map((fair) => `/hoi-cho/${fair.handle}`)),
  ]
  return new Response(sitemapXml(publicOrigin(request), paths), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  })
}

/** Every showable product: the API pages by 100 at most. */
async function allProducts(): Promise<ProductCard[]> {
  const products: ProductCard[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await listProducts("vi", { limit: 100, offset })
    products.push(...page.products)
    if (!page.products.length || products.length >= page.count) return products
  }
}
