import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { LocaleLink } from "~/components/LocaleLink"
import { ListPagination } from "~/components/ListPagination"
import { SalesPointSummary } from "~/components/SalesPointSummary"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { ProducerListItem } from "~/features/producer/ProducerListItem"
import { loadProvincePage, provincePageCount } from "~/features/province/province.server"
import { useProvinceTranslation } from "~/features/province/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { useLocalizePath } from "~/i18n/use-locale"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"

/**
 * `/tinh/:code` (`/tinh/66` for Đắk Lắk): a province's certified OCOP products (3 ★ and up, valid today: the Store
 * API answers no other), a page at a time (`?page=2`), and a few of its producers and sales points.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const pageParam = Number(new URL(request.url).searchParams.get("page") ?? "1")
  const page = Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= 1000 ? pageParam : 1
  const [content, t] = await Promise.all([loadProvincePage(locale, params.code ?? "", page), translatorFor(locale)])
  if (!content) throw new Response(null, { status: 404, statusText: "Not Found" })
  const { name } = content.province
  return data(
    {
      ...content,
      page,
      pages: provincePageCount(content.products.count),
      seo: {
        title: `${t("provincePage.title", { name })} · ${t("site.name")}`,
        description: t("provincePage.description", { name }),
        path: `/tinh/${content.province.code}${page > 1 ? `?page=${page}` : ""}`,
        locale,
        origin: publicOrigin(request),
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function ProvincePage() {
  const { province, products, producers, salesPoints, others, page, pages } = useLoaderData<typeof loader>()
  const { t } = useProvinceTranslation()
  const localize = useLocalizePath()
  const { name, code } = province
  const moreLink = "font-semibold text-ocop-800 underline underline-offset-4"
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-4 sm:py-6">
      <Breadcrumbs
        items={[
          { to: "/", label: t("site.home") },
          { to: "/tinh", label: t("provincePage.breadcrumb") },
          { label: name },
        ]}
      />
      <div>
        <h1 className="text-2xl font-bold text-ocop-900 sm:text-3xl">{t("provincePage.title", { name })}</h1>
        <p className="mt-1 text-stone-700">
          {t("provincePage.products", { count: province.product_count })} ·{" "}
          {t("provincePage.producers", { count: province.producer_count })} ·{" "}
          {t("provincePage.salesPoints", { count: province.sales_point_count })}
        </p>
        <p className="mt-1 text-sm text-stone-600">{t("provincePage.onlyCertified")}</p>
      </div>

      <section aria-labelledby="province-products" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="province-products" className="text-xl font-bold text-stone-900">
            {t("provincePage.productsHeading")}
          </h2>
          {products.count > 0 && (
            <LocaleLink to={`/san-pham?province=${code}`} className={moreLink}>
              {t("provincePage.filterInCatalogue")}
            </LocaleLink>
          )}
        </div>
        {products.count > 0 ? (
          <ProductGrid products={products.cards} eagerCount={4} label={t("provincePage.productsHeading")} />
        ) : (
          <p className="text-stone-700">{t("provincePage.none", { name })}</p>
        )}
        <ListPagination
          page={page}
          pages={pages}
          hrefFor={(other) => `${localize(`/tinh/${code}`)}${other > 1 ? `?page=${other}` : ""}`}
        />
      </section>

      {producers.length > 0 && (
        <section aria-labelledby="province-producers" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="province-producers" className="text-xl font-bold text-stone-900">
              {t("provincePage.producersHeading", { name })}
            </h2>
            {province.producer_count > producers.length && (
              <LocaleLink to={`/chu-the?province=${code}`} className={moreLink}>
                {t("provincePage.allProducers")}
              </LocaleLink>
            )}
          </div>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {producers.map((producer) => (
              <li key={producer.handle}>
                <ProducerListItem producer={producer} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {salesPoints.length > 0 && (
        <section aria-labelledby="province-sales-points" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="province-sales-points" className="text-xl font-bold text-stone-900">
              {t("provincePage.salesPointsHeading", { name })}
            </h2>
            <LocaleLink to={`/diem-ban?province=${code}`} className={moreLink}>
              {t("provincePage.allSalesPoints")}
            </LocaleLink>
          </div>
          <ul className="grid gap-3 md:grid-cols-2">
            {salesPoints.map((point) => (
              <li key={point.handle}>
                <SalesPointSummary point={point} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {others.length > 0 && (
        <nav aria-labelledby="province-others">
          <h2 id="province-others" className="text-lg font-bold text-stone-900">
            {t("provincePage.otherProvinces")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {others.map((other) => (
              <li key={other.code}>
                <LocaleLink
                  to={`/tinh/${other.code}`}
                  className="inline-flex h-11 items-center rounded-full border border-stone-300 bg-white px-4 text-sm hover:border-ocop-800"
                >
                  {other.name}
                </LocaleLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  )
}
