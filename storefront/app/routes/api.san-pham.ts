import { data, type LoaderFunctionArgs } from "@remix-run/node"
import { z } from "zod"
import { toCardData } from "~/lib/card-data"
import { listProducts } from "~/lib/store-api.server"

const Query = z.object({
  handle: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*){0,23}$/),
  lang: z.enum(["vi", "en"]).default("vi"),
})

/**
 * Product cards by handle, in the order asked and the language asked, for what the browser keeps by handle (the
 * product page's "recently viewed"). Only products certified today come back; the others drop out silently.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const query = Query.safeParse(Object.fromEntries(url.searchParams))
  if (!query.success) return data({ products: [] }, { status: 400 })
  const handles = [...new Set(query.data.handle.split(","))]
  const { products } = await listProducts(query.data.lang, { handle: handles, limit: handles.length })
  const byHandle = new Map(products.map((product) => [product.handle, toCardData(product)]))
  return data(
    { products: handles.flatMap((handle) => byHandle.get(handle) ?? []) },
    { headers: { "Cache-Control": "public, max-age=60" } }
  )
}
