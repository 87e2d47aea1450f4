import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData, useNavigation } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"
import { CatalogueFilters } from "~/features/catalogue/CatalogueFilters"
import { Pagination } from "~/features/catalogue/Pagination"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { catalogueSearch, hasFilters, parseCatalogueState } from "~/features/catalogue/catalogue-query"
import { loadCatalogue } from "~/features/catalogue/catalogue.server"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"

/**
 * Search results: the header's search box lands here (`?q=`), with the catalogue's filters beside the results.
 * The Store API ranks by relevance unless another order is chosen (docs/store-api.md). When nothing matches,
 * the page says so and offers the product groups instead, or the same words without the filters.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const state = parseCatalogueState(new URL(request.url).searchParams)
  const [catalogue, t] = await Promise.all([state.q ? loadCatalogue(locale, state) : Promise.resolve(null), translatorFor(locale)])
  return data(
    {
      state,
      list: catalogue?.list ?? null,
      groups: catalogue?.groups ?? [],
      salesPoints: catalogue?.salesPoints ?? [],
      districts: catalogue?.districts ?? [],
      provinces: catalogue?.provinces ?? [],
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
  const { state, list, groups, salesPoints, districts, provinces, seo } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const navigation = useNavigation()
  const loading = navigation.state === "loading" && navigation.location.pathname === localizePath("/tim-kiem", seo.locale)
  const filtered = hasFilters(state)
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold text-ocop-900">
        {state.q ? t("search.titleWithQuery", { q: state.q }) : t("search.title")}
      </h1>
      {!state.q && <p className="mt-2 text-stone-700">{t("search.prompt")}</p>}
      {list && (
        <div className="mt-4 grid gap-6 lg:grid-cols-[16rem_1fr]">
          <aside>
            <CatalogueFilters
              state={state}
              groups={groups}
              salesPoints={salesPoints}
              districts={districts}
              provinces={provinces}
              action="/tim-kiem"
              sortLabels={{ "-stars": t("search.relevance") }}
            />
          </aside>
          <section aria-labelledby="search-results" aria-busy={loading} className={loading ? "opacity-60 transition-opacity" : ""}>
            <h2 id="search-results" className="mb-3 text-sm font-semibold text-stone-700" aria-live="polite">
              {t("search.results", { count: list.count, q: state.q })}
            </h2>
            {list.products.length > 0 ? (
              <>
                <ProductGrid products={list.products} eagerCount={2} />
                <Pagination state={state} count={list.count} basePath={localizePath("/tim-kiem", seo.locale)} />
              </>
            ) : (
              <div className="rounded-xl border border-dashed border-stone-300 bg-white p-6 text-stone-700">
                <p className="font-semibold">{t(filtered ? "search.emptyWithFilters" : "search.empty", { q: state.q })}</p>
                {filtered && (
                  <p className="mt-2">
                    <LocaleLink
                      to={`/tim-kiem${catalogueSearch({ stars: [], q: state.q, sort: state.sort, page: 1 })}`}
                      className="font-semibold text-ocop-800 underline underline-offset-4"
                    >
                      {t("search.clearFilters", { q: state.q })}
                    </LocaleLink>
                  </p>
                )}
                <p className="mt-3">{t("search.emptyHint")}</p>
                <ul className="mt-2 flex flex-wrap gap-2">
                  {groups
                    .filter((group) => group.count > 0)
                    .map((group) => (
                      <li key={group.code}>
                        <LocaleLink
                          to={`/san-pham?group=${group.code}`}
                          className="inline-flex min-h-11 items-center rounded-full border border-ocop-800 px-4 text-sm font-semibold text-ocop-800 hover:bg-ocop-50"
                        >
                          {t("search.groupLink", { name: group.name, count: group.count })}
                        </LocaleLink>
                      </li>
                    ))}
                </ul>
              </div>
            )}
          </section>
        </div>
      )}
    </div>
  )
}
