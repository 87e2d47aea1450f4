import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { LocaleLink } from "~/components/LocaleLink"
import { loadProvinceIndex } from "~/features/province/province.server"
import { useProvinceTranslation } from "~/features/province/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"

/** `/tinh`: the 34 provinces and cities, each with how many certified OCOP products on show come from there. */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [provinces, t] = await Promise.all([loadProvinceIndex(), translatorFor(locale)])
  return data(
    {
      provinces,
      seo: {
        title: `${t("provincePage.indexTitle")} · ${t("site.name")}`,
        description: t("provincePage.indexDescription"),
        path: "/tinh",
        locale,
        origin: publicOrigin(request),
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function Provinces() {
  const { provinces } = useLoaderData<typeof loader>()
  const { t } = useProvinceTranslation()
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-4 sm:py-6">
      <Breadcrumbs items={[{ to: "/", label: t("site.home") }, { label: t("provincePage.breadcrumb") }]} />
      <div>
        <h1 className="text-2xl font-bold text-ocop-900 sm:text-3xl">{t("provincePage.indexTitle")}</h1>
        <p className="mt-1 text-stone-700">{t("provincePage.indexIntro")}</p>
      </div>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {provinces.map((province) => (
          <li key={province.code}>
            <LocaleLink
              to={`/tinh/${province.code}`}
              className="flex h-full flex-col rounded-xl border border-stone-200 bg-white p-4 hover:shadow-md focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ocop-700"
            >
              <span className="font-semibold text-stone-900">{province.name}</span>
              <span className={province.product_count ? "mt-1 text-sm font-semibold text-ocop-800" : "mt-1 text-sm text-stone-600"}>
                {t("provincePage.products", { count: province.product_count })}
              </span>
            </LocaleLink>
          </li>
        ))}
      </ul>
    </div>
  )
}
