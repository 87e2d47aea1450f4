import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Await, useLoaderData } from "@remix-run/react"
import { Suspense } from "react"
import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"
import { LocatorMap } from "~/components/LocatorMap"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { loadHome } from "~/features/home/home.server"
import { ProducerListItem } from "~/features/producer/ProducerListItem"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [home, t] = await Promise.all([loadHome(locale), translatorFor(locale)])
  const origin = publicOrigin(request)
  return data(
    {
      ...home,
      seo: {
        title: `${t("site.name")} · ${t("home.title")}`,
        description: t("site.description"),
        path: "/",
        locale,
        origin,
        jsonLd: {
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: t("site.name"),
          url: `${origin}${locale === "en" ? "/en" : "/"}`,
        },
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

const sectionHeading = "text-xl font-bold text-stone-900 sm:text-2xl"
const moreLink = "whitespace-nowrap text-sm font-semibold text-ocop-800 underline underline-offset-4"

export default function Home() {
  const { featured, groups, producers, salesPoints } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-6 sm:py-8">
      <section className="rounded-2xl bg-ocop-900 px-5 py-6 text-white sm:px-8 sm:py-10">
        <h1 className="max-w-2xl text-2xl font-bold leading-tight sm:text-4xl">{t("home.title")}</h1>
        <p className="mt-3 max-w-2xl text-ocop-100 sm:text-lg">{t("home.intro")}</p>
        <div className="mt-5 flex flex-wrap gap-3">
          <LocaleLink
            to="/san-pham"
            className="inline-flex h-11 items-center rounded-lg bg-star px-5 font-bold text-stone-900 hover:bg-yellow-300"
          >
            {t("home.browse")}
          </LocaleLink>
          <LocaleLink
            to="/diem-ban"
            className="inline-flex h-11 items-center rounded-lg border border-white/70 px-5 font-semibold hover:bg-white/10"
          >
            {t("home.mapLink")}
          </LocaleLink>
        </div>
      </section>

      <section aria-labelledby="featured-heading">
        <div className="mb-3 flex items-baseline justify-between gap-3">
          <h2 id="featured-heading" className={sectionHeading}>
            {t("home.featured")}
          </h2>
          <LocaleLink to="/san-pham?stars=4&stars=5" className={moreLink}>
            {t("home.seeAll")}
          </LocaleLink>
        </div>
        <ProductGrid products={featured} eagerCount={2} />
      </section>

      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading" className={`${sectionHeading} mb-3`}>
          {t("home.groups")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {groups
            .filter((group) => group.count > 0)
            .map((group) => (
              <li key={group.code}>
                <LocaleLink
                  to={`/san-pham?group=${encodeURIComponent(group.code)}`}
                  className="flex h-full flex-col justify-between gap-1 rounded-xl border border-stone-200 bg-white p-3 hover:border-ocop-700 hover:shadow-sm"
                >
                  <span className="font-semibold leading-snug text-stone-900">{group.name}</span>
                  <span className="text-sm text-ocop-800">{t("home.groupCount", { count: group.count })}</span>
                </LocaleLink>
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="producers-heading">
        <div className="mb-3 flex items-baseline justify-between gap-3">
          <h2 id="producers-heading" className={sectionHeading}>
            {t("home.producers")}
          </h2>
          <LocaleLink to="/chu-the" className={moreLink}>
            {t("home.allProducers")}
          </LocaleLink>
        </div>
        <Suspense fallback={<div className="h-40 rounded-xl bg-stone-100" />}>
          <Await resolve={producers}>
            {(result) => (
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {(result?.producers ?? []).map((producer) => (
                  <li key={producer.handle}>
                    <ProducerListItem producer={producer} />
                  </li>
                ))}
              </ul>
            )}
          </Await>
        </Suspense>
      </section>

      <section
        aria-labelledby="map-heading"
        className="grid items-center gap-5 rounded-2xl border border-stone-200 bg-white p-5 sm:grid-cols-[1fr_16rem]"
      >
        <Suspense fallback={<div className="h-48" />}>
          <Await resolve={salesPoints}>
            {(points) =>
              points && (
                <>
                  <div>
                    <h2 id="map-heading" className={sectionHeading}>
                      {t("home.mapTitle", { count: points.length })}
                    </h2>
                    <p className="mt-2 text-stone-700">{t("home.mapText")}</p>
                    <LocaleLink
                      to="/diem-ban"
                      className="mt-4 inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
                    >
                      {t("home.mapLink")}
                    </LocaleLink>
                  </div>
                  <LocatorMap name={t("salesPoints.map")} others={points} />
                </>
              )
            }
          </Await>
        </Suspense>
      </section>
    </div>
  )
}
