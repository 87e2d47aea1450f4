import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { ListPagination } from "~/components/ListPagination"
import { ProvinceFilter } from "~/components/ProvinceFilter"
import { ProducerListItem } from "~/features/producer/ProducerListItem"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { useLocalizePath } from "~/i18n/use-locale"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { pagesOf, parsePlaceListState, placeListQuery, placeListSearch } from "~/lib/place-list"
import { listProvinces } from "~/lib/places.server"
import { seoMeta } from "~/lib/seo"
import { ENTITY_TYPES } from "~/lib/store-api"
import { listProducers } from "~/lib/store-api.server"

/** A province's producers fit on one page or two; the country's (thousands) take many. */
const PAGE_SIZE = 60

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const state = parsePlaceListState(new URL(request.url).searchParams)
  const [{ producers, count }, provinces, t] = await Promise.all([
    listProducers(locale, placeListQuery(state, PAGE_SIZE)),
    listProvinces(),
    translatorFor(locale),
  ])
  return data(
    {
      state,
      count,
      producers,
      provinces: provinces.map(({ code, name }) => ({ code, name })),
      seo: {
        title: `${t("producers.title")} · ${t("site.name")}`,
        description: t("producers.description"),
        path: `/chu-the${placeListSearch(state)}`,
        locale,
        origin: publicOrigin(request),
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function Producers() {
  const { state, count, producers, provinces } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const basePath = useLocalizePath()("/chu-the")
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-4 sm:py-6">
      <Breadcrumbs items={[{ to: "/", label: t("site.home") }, { label: t("nav.producers") }]} />
      <div>
        <h1 className="text-2xl font-bold text-ocop-900 sm:text-3xl">{t("producers.title")}</h1>
        <p className="mt-1 text-stone-700">{t("producers.count", { count })}</p>
        <ProvinceFilter action={basePath} provinces={provinces} selected={state.province} />
      </div>
      {ENTITY_TYPES.map((kind) => {
        const ofKind = producers.filter((producer) => producer.entity_type === kind)
        if (!ofKind.length) return null
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="mb-2 text-lg font-bold text-stone-900">
              {t(`entityType.${kind}`)} <span className="font-normal text-stone-600">({ofKind.length})</span>
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {ofKind.map((producer) => (
                <li key={producer.handle}>
                  <ProducerListItem producer={producer} />
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      <ListPagination page={state.page} pages={pagesOf(count, PAGE_SIZE)} hrefFor={(page) => `${basePath}${placeListSearch(state, { page })}`} />
    </div>
  )
}
