import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { toCardData } from "~/features/catalogue/card-data"
import { catalogueSearch, parseCatalogueState, toProductQuery } from "~/features/catalogue/catalogue-query"
import { Pagination } from "~/features/catalogue/Pagination"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"
import { listProducts } from "~/lib/store-api.server"

/**
 * The header's search box lands here. For now the catalogue's own `q` (diacritic-insensitive in the API);
 * the search issue replaces what is behind it, not the URL.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const state = parseCatalogueState(new URL(request.url).searchParams)
  const [list, t] = await Promise.all([
    state.q
      ? listProducts(locale, toProductQuery(state)).then((list) => ({
          count: list.count,
          products: list.products.map(toCardData),
        }))
      : Promise.resolve(null),
    translatorFor(locale),
  ])
  return data(
    {
      state,
      list,
      seo: {
        title: `${state.q ? t("search.titleWithQuery", { q: state.q }) : t("search.title")} · ${t("site.name")}`,
        description: t("search.description"),
        path: `/tim-kiem${catalogueSearch({ ...state, sort: "-stars" })}`,
        locale,
        origin: publicOrigin(request),
        noindex: true,
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function Search() {
  const { state, list, seo } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-6xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold text-ocop-900">
        {state.q ? t("search.titleWithQuery", { q: state.q }) : t("search.title")}
      </h1>
      {!state.q && <p className="text-stone-700">{t("search.prompt")}</p>}
      {list && list.products.length === 0 && <p className="text-stone-700">{t("search.empty", { q: state.q })}</p>}
      {list && list.products.length > 0 && (
        <section aria-labelledby="search-results">
          <h2 id="search-results" className="mb-3 text-sm font-semibold text-stone-700">
            {t("search.results", { count: list.count, q: state.q })}
          </h2>
          <ProductGrid products={list.products} eagerCount={2} />
          <Pagination state={state} count={list.count} basePath={localizePath("/tim-kiem", seo.locale)} />
        </section>
      )}
    </div>
  )
}
