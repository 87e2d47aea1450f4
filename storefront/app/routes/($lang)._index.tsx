import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { loadFeaturedProducts } from "~/features/home/featured.server"
import { i18nServer, localeOf } from "~/i18n/i18next.server"
import { formatVnd } from "~/lib/format"

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await i18nServer.getFixedT(localeOf(request))
  const products = await loadFeaturedProducts()
  return { products, meta: { title: t("site.name"), description: t("site.description") } }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.meta.title },
  { name: "description", content: data?.meta.description },
]

export default function Home() {
  const { products } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold text-ocop-900">{t("home.title")}</h1>
      <h2 className="mt-6 text-lg font-semibold">{t("home.featured")}</h2>
      <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {products.map((product) => (
          <li key={product.handle} className="rounded-lg bg-white p-3 shadow-sm">
            <p className="font-medium">{product.title}</p>
            {product.price !== null && <p className="mt-1 text-ocop-800">{formatVnd(product.price)}</p>}
          </li>
        ))}
      </ul>
    </main>
  )
}
