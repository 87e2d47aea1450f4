import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Await, useLoaderData } from "@remix-run/react"
import { Suspense } from "react"
import { useTranslation } from "react-i18next"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { LocaleLink } from "~/components/LocaleLink"
import { PageLinks } from "~/components/PageLinks"
import { ProvinceFilter } from "~/components/ProvinceFilter"
import { SalesPointSummary } from "~/components/SalesPointSummary"
import { groupSalesPoints } from "~/features/sales-points/group-sales-points"
import { productsBySalesPoint, tileSettings, type ProductLink } from "~/features/sales-points/sales-points.server"
import { SalesPointMapSlot } from "~/features/sales-points/SalesPointMapSlot"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { useLocalizePath } from "~/i18n/use-locale"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"
import { pagesOf, parsePlaceListState, placeListQuery, placeListSearch } from "~/lib/place-list"
import { listProvinces } from "~/lib/places.server"
import { listSalesPoints } from "~/lib/store-api.server"

/** A province's points fit on one page; the country's take several. */
const PAGE_SIZE = 50

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const state = parsePlaceListState(new URL(request.url).searchParams)
  const [{ sales_points, count }, provinces, t] = await Promise.all([
    listSalesPoints(locale, placeListQuery(state, PAGE_SIZE)),
    listProvinces(),
    translatorFor(locale),
  ])
  return data(
    {
      state,
      count,
      provinces: provinces.map(({ code, name }) => ({ code, name })),
      salesPoints: sales_points,
      products: productsBySalesPoint(locale, sales_points),
      tiles: tileSettings(),
      seo: {
        title: `${t("salesPoints.title")} · ${t("site.name")}`,
        description: t("salesPoints.description"),
        path: `/diem-ban${placeListSearch(state)}`,
        locale,
        origin: publicOrigin(request),
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function SalesPoints() {
  const { state, count, provinces, salesPoints, products, tiles } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const groups = groupSalesPoints(salesPoints)
  const basePath = useLocalizePath()("/diem-ban")
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-4 sm:py-6">
      <Breadcrumbs items={[{ to: "/", label: t("site.home") }, { label: t("nav.salesPoints") }]} />
      <div>
        <h1 className="text-2xl font-bold text-ocop-900 sm:text-3xl">{t("salesPoints.title")}</h1>
        <p className="mt-1 text-stone-700">
          {t("salesPoints.count", { count })} · {t("salesPoints.intro")}
        </p>
        <ProvinceFilter action={basePath} provinces={provinces} selected={state.province} />
      </div>
      {!salesPoints.length && <p className="text-stone-700">{t("salesPoints.none")}</p>}
      <SalesPointMapSlot points={salesPoints} tiles={tiles} label={t("salesPoints.map")} />
      <section aria-labelledby="list-heading" className="space-y-8">
        <h2 id="list-heading" className="sr-only">
          {t("salesPoints.list")}
        </h2>
        {groups.map((group) => (
          <section key={group.type} aria-labelledby={`type-${group.type}`}>
            <h3 id={`type-${group.type}`} className="text-xl font-bold text-stone-900">
              {t(`salesPointType.${group.type}`)}{" "}
              <span className="text-base font-normal text-stone-600">({group.count})</span>
            </h3>
            <div className="mt-3 grid gap-x-4 gap-y-5 md:grid-cols-2">
              {group.markets.map((market) => (
                <div key={market.market}>
                  <h4 className="mb-2 font-semibold text-ocop-900">{market.market}</h4>
                  <ul className="grid gap-3">
                    {market.points.map((point) => (
                      <li key={point.handle} className="space-y-0">
                        <SalesPointSummary point={point} headingLevel={4} />
                        <PointProducts handle={point.handle} count={point.product_count} products={products} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        ))}
      </section>
      <PageLinks
        page={state.page}
        pages={pagesOf(count, PAGE_SIZE)}
        hrefFor={(page) => `${basePath}${placeListSearch(state, { page })}`}
      />
    </div>
  )
}

function PointProducts({
  handle,
  count,
  products,
}: {
  handle: string
  count: number
  products: Promise<Record<string, ProductLink[]>>
}) {
  const { t } = useTranslation()
  return (
    <details className="-mt-2 rounded-b-xl border border-t-0 border-stone-200 bg-stone-50 px-4 pb-3 pt-4 text-sm">
      <summary className="cursor-pointer font-semibold text-ocop-800">{t("salesPoints.products", { count })}</summary>
      <Suspense fallback={<p className="mt-2 text-stone-600">{t("salesPoints.productsLoading")}</p>}>
        <Await resolve={products} errorElement={<p className="mt-2 text-stone-600">—</p>}>
          {(byPoint) => (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {(byPoint[handle] ?? []).map((product) => (
                <li key={product.handle}>
                  <LocaleLink to={`/san-pham/${product.handle}`} className="underline-offset-2 hover:underline">
                    {product.title}
                  </LocaleLink>{" "}
                  <span className="text-stone-600">({t("stars.short", { stars: product.stars })})</span>
                </li>
              ))}
            </ul>
          )}
        </Await>
      </Suspense>
    </details>
  )
}
