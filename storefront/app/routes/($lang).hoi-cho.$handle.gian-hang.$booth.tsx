import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { EnquiryForm } from "~/components/EnquiryForm"
import { LocaleLink } from "~/components/LocaleLink"
import { PhoneLink } from "~/components/PhoneLink"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { loadBoothPage } from "~/features/fairs/fairs.server"
import { useFairsTranslation } from "~/features/fairs/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { toCardData } from "~/lib/card-data"
import { formatDate } from "~/lib/format"
import { loaderHeaders } from "~/lib/headers"
import { countScan, referralHeaders, rememberReferral } from "~/lib/fair-referral.server"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"
import type { SectionsHandle } from "~/i18n/sections"

/** The booth page's words that come in its language only (i18n/sections.ts), fetched before it hydrates. */
export const handle: SectionsHandle = { i18nSections: ["enquiry"] }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const origin = publicOrigin(request)
  const [page, t] = await Promise.all([loadBoothPage(locale, origin, params.handle ?? "", params.booth ?? ""), translatorFor(locale)])
  if (!page) throw data(null, { status: 404 })
  const { fair, booth, qr } = page
  const fromQr = new URL(request.url).searchParams.get("nguon") === "qr"
  // Opened from the booth's code: a scan, and the visit's purchases are the booth's while the fair runs.
  const setCookie = fromQr ? await rememberReferral(fair, booth.number) : null
  if (fromQr) countScan(request, fair.handle, booth.number)
  const producer = booth.producer?.name ?? ""
  return data(
    {
      fair,
      booth: { ...booth, products: booth.products.map(toCardData) },
      productChoices: booth.products.map((product) => ({ value: product.handle, label: product.title })),
      zone: fair.zones.find((zone) => zone.code === booth.zone) ?? null,
      qr,
      fromQr,
      seo: {
        title: `${t("fairs.booth", { number: booth.number })} · ${producer} · ${fair.name}`,
        description: `${producer}: ${booth.products.map((p) => p.title).join(", ")}. ${t("fairs.atFair", { fair: fair.name })}, ${formatDate(fair.first_day)} – ${formatDate(fair.last_day)}.`,
        path: `/hoi-cho/${fair.handle}/gian-hang/${booth.number}`,
        locale,
        origin,
      },
    },
    { headers: fromQr ? referralHeaders(setCookie) : pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function BoothPage() {
  const { fair, booth, zone, qr, fromQr, productChoices } = useLoaderData<typeof loader>()
  const { t } = useFairsTranslation()
  const enquiry = (
    <EnquiryForm
      context={{ fair: fair.handle, booth: booth.number, source: fromQr ? "booth_qr" : "fair_page" }}
      heading={t("fairs.enquiryTitle")}
      intro={t("fairs.enquiryIntro")}
      products={productChoices}
    />
  )
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-4 sm:py-6">
      <Breadcrumbs
        items={[
          { to: "/hoi-cho", label: t("fairs.title") },
          { to: `/hoi-cho/${fair.handle}`, label: fair.name },
          { label: t("fairs.booth", { number: booth.number }) },
        ]}
      />
      <div>
        <p className="text-sm font-semibold text-ocop-800">
          {t("fairs.atFair", { fair: fair.name })} · {t("fairs.dates", { from: formatDate(fair.first_day), to: formatDate(fair.last_day) })}
        </p>
        <h1 className="mt-1 text-2xl font-bold leading-tight text-stone-900 sm:text-3xl">
          {t("fairs.booth", { number: booth.number })} · {booth.producer?.name}
        </h1>
        {zone && <p className="mt-1 text-stone-700">{t("fairs.zone", { code: zone.code, name: zone.name })}</p>}
        {booth.producer && (
          <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <LocaleLink to={`/chu-the/${booth.producer.handle}`} className="font-semibold text-ocop-800 underline underline-offset-4">
              {t("fairs.seeProducer")}
            </LocaleLink>
            <PhoneLink phone={booth.producer.phone} className="inline-flex h-10 items-center rounded-lg border border-stone-300 px-3 font-semibold text-stone-800" />
          </p>
        )}
      </div>
      {/* Opened from the booth's code, the buyer came to write: the form first. */}
      {fromQr && <div className="max-w-2xl">{enquiry}</div>}
      {booth.products.length ? <ProductGrid products={booth.products} /> : <p className="text-stone-600">{t("fairs.noProducts")}</p>}
      {!fromQr && <div className="max-w-2xl">{enquiry}</div>}
      <section aria-labelledby="qr-heading" className="max-w-sm rounded-xl border border-stone-200 bg-white p-4 print:max-w-none print:border-0">
        <h2 id="qr-heading" className="font-bold text-stone-900">
          {t("fairs.qrTitle")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("fairs.qrHelp")}</p>
        <div
          role="img"
          aria-label={t("fairs.qrAlt", { number: booth.number })}
          data-qr-url={qr.url}
          className="mx-auto mt-3 w-56 [&>svg]:h-auto [&>svg]:w-full print:w-96"
          dangerouslySetInnerHTML={{ __html: qr.svg }}
        />
        <p className="mt-2 break-all text-center text-xs text-stone-600">{qr.url}</p>
      </section>
      <p>
        <LocaleLink to={`/hoi-cho/${fair.handle}#gian-hang-${booth.number}`} className="font-semibold text-ocop-800 underline underline-offset-4">
          {t("fairs.backToFair")}
        </LocaleLink>
      </p>
    </div>
  )
}
