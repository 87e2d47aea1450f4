import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData, useNavigation } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"
import { CatalogueFilters } from "~/features/catalogue/CatalogueFilters"
import { Pagination } from "~/features/catalogue/Pagination"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { catalogueSearch, hasFilters, parseCatalogueState } from "~/features/catalogue/catalogue-query"
import { describeFilters, loadCatalogue } from "~/features/catalogue/catalogue.server"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const state = parseCatalogueState(new URL(request.url).searchParams)
  const [{ list, groups, salesPoints, districts, provinces }, t] = await Promise.all([loadCatalogue(locale, state), translatorFor(locale)])
  const filters = describeFilters(state, groups, salesPoints, t, provinces)
  const title = filters ? t("catalogue.titleFiltered", { filters }) : t("catalogue.title")
  return data(
    {
      heading: title,
      state,
      list,
      groups,
      salesPoints,
      districts,
      provinces,
      seo: {
        title: `${title} · ${t("site.name")}`,
        description: t("catalogue.description"),
        // Sorting does not change what the page is about: canonical without it.
        path: `/san-pham${catalogueSearch({ ...state, sort: "-stars" })}`,
        locale,
        origin: publicOrigin(request),
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function Catalogue() {
  const { heading, state, list, groups, salesPoints, districts, provinces, seo } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const navigation = useNavigation()
  const loading =
    navigation.state === "loading" && navigation.location.pathname === localizePath("/san-pham", seo.locale)
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold text-ocop-900 sm:text-3xl">{heading}</h1>
      <div className="mt-4 grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside>
          <CatalogueFilters state={state} groups={groups} salesPoints={salesPoints} districts={districts} provinces={provinces} />
        </aside>
        <section
          aria-labelledby="results-heading"
          aria-busy={loading}
          className={loading ? "opacity-60 transition-opacity" : ""}
        >
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="results-heading" className="text-sm font-semibold text-stone-700" aria-live="polite">
              {t("catalogue.results", { count: list.count })}
            </h2>
            {hasFilters(state) && (
              <LocaleLink to="/san-pham" className="text-sm font-semibold text-ocop-800 underline underline-offset-4">
                {t("catalogue.clear")}
              </LocaleLink>
            )}
          </div>
          {list.products.length ? (
            <ProductGrid products={list.products} eagerCount={2} />
          ) : (
            <p className="rounded-xl border border-dashed border-stone-300 bg-white p-8 text-center text-stone-700">
              {t("catalogue.empty")}
            </p>
          )}
          <Pagination state={state} count={list.count} basePath={localizePath("/san-pham", seo.locale)} />
        </section>
      </div>
    </div>
  )
}
