import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { FairCard } from "~/features/fairs/FairCard"
import { loadFairsList } from "~/features/fairs/fairs.server"
import { useFairsTranslation } from "~/features/fairs/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"
import { FAIR_PHASES } from "~/lib/store-api"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [fairs, t] = await Promise.all([loadFairsList(locale), translatorFor(locale)])
  return data(
    {
      fairs,
      seo: { title: `${t("fairs.title")} · ${t("site.name")}`, description: t("fairs.description"), path: "/hoi-cho", locale, origin: publicOrigin(request) },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function Fairs() {
  const { fairs } = useLoaderData<typeof loader>()
  const { t } = useFairsTranslation()
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-4 sm:py-6">
      <Breadcrumbs items={[{ to: "/", label: t("site.home") }, { label: t("fairs.title") }]} />
      <div>
        <h1 className="text-2xl font-bold text-ocop-900 sm:text-3xl">{t("fairs.title")}</h1>
        <p className="mt-1 text-stone-700">{t("fairs.intro")}</p>
      </div>
      {FAIR_PHASES.map((phase) => (
        <section key={phase} aria-labelledby={`phase-${phase}`}>
          <h2 id={`phase-${phase}`} className="text-xl font-bold text-stone-900">
            {t(`fairs.phases.${phase}`)}
          </h2>
          {fairs[phase].length ? (
            <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {fairs[phase].map((fair) => (
                <li key={fair.handle}>
                  <FairCard fair={fair} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-stone-600">{t(`fairs.none.${phase}`)}</p>
          )}
        </section>
      ))}
    </div>
  )
}
