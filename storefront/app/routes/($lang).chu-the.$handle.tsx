import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { LocatorMap } from "~/components/LocatorMap"
import { PhoneLink } from "~/components/PhoneLink"
import { usePlaceName } from "~/components/PlaceName"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { useProductTranslation } from "~/features/product/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { toCardData } from "~/lib/card-data"
import { telHref } from "~/lib/format"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta, summarize } from "~/lib/seo"
import { getProducer } from "~/lib/store-api.server"
import type { SectionsHandle } from "~/i18n/sections"

/** The producer page's words that come in its language only (i18n/sections.ts), fetched before it hydrates. */
export const handle: SectionsHandle = { i18nSections: ["product"] }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [producer, t] = await Promise.all([getProducer(locale, params.handle ?? ""), translatorFor(locale)])
  const origin = publicOrigin(request)
  const path = `/chu-the/${producer.handle}`
  return data(
    {
      producer: { ...producer, products: producer.products.map(toCardData) },
      seo: {
        title: `${producer.name} · ${t(`entityType.${producer.entity_type}`)} · ${t("site.name")}`,
        description: summarize(producer.story),
        path,
        locale,
        origin,
        type: "profile" as const,
        jsonLd: {
          "@context": "https://schema.org",
          "@type": "Organization",
          name: producer.name,
          url: `${origin}${localizePath(path, locale)}`,
          telephone: telHref(producer.phone).slice(4),
          email: producer.email ?? undefined,
          foundingDate: producer.founded_year ? String(producer.founded_year) : undefined,
          address: {
            "@type": "PostalAddress",
            streetAddress: producer.address,
            addressRegion: t(`province.${producer.province_code}`, { defaultValue: "" }) || undefined,
            addressCountry: "VN",
          },
        },
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function ProducerPage() {
  const { producer } = useLoaderData<typeof loader>()
  const { t } = useProductTranslation()
  const place = usePlaceName(producer.address_as_certified, producer.province_code)
  const point =
    producer.latitude !== null && producer.longitude !== null
      ? { latitude: producer.latitude, longitude: producer.longitude }
      : null
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-4 sm:py-6">
      <Breadcrumbs
        items={[
          { to: "/", label: t("site.home") },
          { to: "/chu-the", label: t("nav.producers") },
          { label: producer.name },
        ]}
      />
      <div className="grid gap-6 md:grid-cols-[1fr_18rem]">
        <div>
          <p className="text-sm font-semibold text-ocop-800">
            {t(`entityType.${producer.entity_type}`)} · {place}
          </p>
          <h1 className="mt-1 text-2xl font-bold leading-tight text-stone-900 sm:text-3xl">{producer.name}</h1>
          {producer.founded_year && (
            <p className="mt-1 text-sm text-stone-700">{t("producer.founded", { year: producer.founded_year })}</p>
          )}
          <h2 className="mt-5 text-lg font-bold text-stone-900">{t("producer.story")}</h2>
          <p className="mt-2 max-w-3xl whitespace-pre-line leading-relaxed text-stone-800">{producer.story}</p>
          <dl className="mt-5 grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-stone-600">{t("producer.representative")}</dt>
            <dd className="font-medium">{producer.representative}</dd>
            <dt className="text-stone-600">{t("producer.phone")}</dt>
            <dd className="font-medium">
              <PhoneLink phone={producer.phone} className="text-ocop-800 underline underline-offset-2" />
            </dd>
            {producer.email && (
              <>
                <dt className="text-stone-600">{t("producer.email")}</dt>
                <dd className="font-medium break-all">{producer.email}</dd>
              </>
            )}
            <dt className="text-stone-600">{t("producer.address")}</dt>
            <dd className="font-medium">{producer.address}</dd>
            <dt className="text-stone-600">{t("product.placeAsCertified")}</dt>
            <dd className="font-medium">{producer.address_as_certified}</dd>
          </dl>
        </div>
        <div>
          <h2 className="sr-only">{t("producer.location")}</h2>
          <LocatorMap name={producer.name} point={point} />
        </div>
      </div>
      <section aria-labelledby="producer-products">
        <h2 id="producer-products" className="mb-3 text-xl font-bold text-stone-900">
          {t("producer.products")}{" "}
          <span className="text-base font-normal text-stone-600">
            ({t("producer.productCount", { count: producer.products.length })})
          </span>
        </h2>
        <ProductGrid products={producer.products} />
      </section>
    </div>
  )
}
