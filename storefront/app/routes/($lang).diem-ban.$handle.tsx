import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { LocatorMap } from "~/components/LocatorMap"
import { PhoneLink } from "~/components/PhoneLink"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { toCardData } from "~/lib/card-data"
import { telHref } from "~/lib/format"
import { directionsUrl } from "~/lib/geo"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"
import { getSalesPoint, listAllSalesPoints } from "~/lib/store-api.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const salesPoint = await getSalesPoint(locale, params.handle ?? "")
  const [all, t] = await Promise.all([listAllSalesPoints(locale, { province_code: salesPoint.province_code }), translatorFor(locale)])
  // The other points of its province, faint on the small map: where this one sits in the province's network.
  const others = all
    .filter((point) => point.handle !== salesPoint.handle)
    .map(({ latitude, longitude }) => ({ latitude, longitude }))
  const origin = publicOrigin(request)
  const path = `/diem-ban/${salesPoint.handle}`
  return data(
    {
      others,
      salesPoint: { ...salesPoint, products: salesPoint.products.map(toCardData) },
      seo: {
        title: `${salesPoint.name} · ${t("site.name")}`,
        description: `${t(`salesPointType.${salesPoint.type}`)} · ${salesPoint.address} · ${t("salesPoints.hours")}: ${
          salesPoint.opening_hours
        }`,
        path,
        locale,
        origin,
        type: "place" as const,
        jsonLd: {
          "@context": "https://schema.org",
          "@type": "Store",
          name: salesPoint.name,
          url: `${origin}${localizePath(path, locale)}`,
          telephone: telHref(salesPoint.phone).slice(4),
          address: { "@type": "PostalAddress", streetAddress: salesPoint.address, addressCountry: "VN" },
          geo: { "@type": "GeoCoordinates", latitude: salesPoint.latitude, longitude: salesPoint.longitude },
          description: `${t("salesPoints.hours")}: ${salesPoint.opening_hours}`,
        },
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function SalesPointPage() {
  const { salesPoint, others } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-4 sm:py-6">
      <Breadcrumbs
        items={[
          { to: "/", label: t("site.home") },
          { to: "/diem-ban", label: t("nav.salesPoints") },
          { label: salesPoint.name },
        ]}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <p className="text-sm font-semibold text-ocop-800">
            {t(`salesPointType.${salesPoint.type}`)} · {salesPoint.market_name}
          </p>
          <h1 className="mt-1 text-2xl font-bold leading-tight text-stone-900 sm:text-3xl">{salesPoint.name}</h1>
          <dl className="mt-4 grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-stone-600">{t("producer.address")}</dt>
            <dd className="font-medium">{salesPoint.address}</dd>
            <dt className="text-stone-600">{t("salesPoints.addressAsCertified")}</dt>
            <dd className="font-medium">{salesPoint.address_as_certified}</dd>
            <dt className="text-stone-600">{t("salesPoints.hours")}</dt>
            <dd className="font-medium">{salesPoint.opening_hours}</dd>
            <dt className="text-stone-600">{t("salesPoints.phone")}</dt>
            <dd className="font-medium">
              <PhoneLink phone={salesPoint.phone} className="text-ocop-800 underline underline-offset-2" />
            </dd>
          </dl>
          <a
            href={directionsUrl(salesPoint)}
            target="_blank"
            rel="noopener noreferrer"
            // Grows with its text: "Chỉ đường đến Chợ đầu mối nông sản Buôn Ma Thuột" takes two lines on a phone.
            className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-ocop-800 px-4 py-2 text-left font-semibold leading-snug text-white hover:bg-ocop-900"
          >
            {t("salesPoints.directionsTo", { name: salesPoint.market_name })}
          </a>
        </div>
        <LocatorMap
          name={salesPoint.name}
          point={salesPoint}
          others={others}
          className="mx-auto w-full max-w-md md:max-w-none"
        />
      </div>
      <section aria-labelledby="sold-here">
        <h2 id="sold-here" className="mb-3 text-xl font-bold text-stone-900">
          {t("salesPoints.productsHere")}{" "}
          <span className="text-base font-normal text-stone-600">({salesPoint.products.length})</span>
        </h2>
        {salesPoint.products.length ? (
          <ProductGrid products={salesPoint.products} />
        ) : (
          <p className="text-stone-700">{t("salesPoints.noProducts")}</p>
        )}
      </section>
    </div>
  )
}
