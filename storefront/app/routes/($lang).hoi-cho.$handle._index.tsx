import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useLoaderData } from "@remix-run/react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { EnquiryForm } from "~/components/EnquiryForm"
import { LocaleLink } from "~/components/LocaleLink"
import { PhoneLink } from "~/components/PhoneLink"
import { PlaceMapSlot } from "~/components/PlaceMapSlot"
import { BoothCard } from "~/features/fairs/BoothCard"
import { matchBooths } from "~/features/fairs/fair-search"
import { FloorPlan } from "~/features/fairs/FloorPlan"
import { useFairsTranslation } from "~/features/fairs/strings"
import { zoneColour } from "~/features/fairs/zone-colours"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { useLocalizePath } from "~/i18n/use-locale"
import { formatDate } from "~/lib/format"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { tileSettings } from "~/lib/map-tiles.server"
import { seoMeta, summarize } from "~/lib/seo"
import { getFair } from "~/lib/store-api.server"
import type { SectionsHandle } from "~/i18n/sections"

/** The fair page's words that come in its language only (i18n/sections.ts), fetched before it hydrates. */
export const handle: SectionsHandle = { i18nSections: ["enquiry"] }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [fair, t] = await Promise.all([getFair(locale, params.handle ?? ""), translatorFor(locale)])
  // `tim`, not `q`: the header's search box fills itself from `q` and would show the fair's search as the shop's.
  const q = (new URL(request.url).searchParams.get("tim") ?? "").trim().slice(0, 100)
  const origin = publicOrigin(request)
  const path = `/hoi-cho/${fair.handle}`
  return data(
    {
      fair,
      q,
      found: q ? matchBooths(fair.booths, q).map((booth) => booth.number) : null,
      tiles: tileSettings(),
      seo: {
        title: `${fair.name} · ${t("fairs.title")} · ${t("site.name")}`,
        description: summarize(`${formatDate(fair.first_day)} – ${formatDate(fair.last_day)}, ${fair.venue.name}. ${fair.description}`),
        path,
        locale,
        origin,
        image: fair.cover_image,
        type: "place" as const,
        jsonLd: {
          "@context": "https://schema.org",
          "@type": "Event",
          name: fair.name,
          startDate: fair.first_day,
          endDate: fair.last_day,
          eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
          url: `${origin}${localizePath(path, locale)}`,
          description: fair.description,
          organizer: { "@type": "Organization", name: fair.organiser },
          location: {
            "@type": "Place",
            name: fair.venue.name,
            address: fair.venue.address,
            geo: { "@type": "GeoCoordinates", latitude: fair.venue.latitude, longitude: fair.venue.longitude },
          },
        },
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function FairPage() {
  const { fair, q, found, tiles } = useLoaderData<typeof loader>()
  const { t } = useFairsTranslation()
  const localize = useLocalizePath()
  const foundSet = found ? new Set(found) : null
  const shown = foundSet ? fair.booths.filter((booth) => foundSet.has(booth.number)) : fair.booths
  const groups = [...fair.zones.map((zone) => ({ code: zone.code as string | null, name: zone.name })), { code: null, name: t("fairs.noZone") }]
    .map((zone) => ({ ...zone, booths: shown.filter((booth) => booth.zone === zone.code) }))
    .filter((zone) => zone.booths.length)
  const venue = { handle: fair.handle, name: fair.venue.name, latitude: fair.venue.latitude, longitude: fair.venue.longitude, opening_hours: fair.opening_hours }
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-4 sm:py-6 print:max-w-none print:space-y-4 print:px-0 print:py-0">
      <div className="print:hidden">
        <Breadcrumbs items={[{ to: "/", label: t("site.home") }, { to: "/hoi-cho", label: t("fairs.title") }, { label: fair.name }]} />
      </div>
      <div className="grid gap-6 md:grid-cols-2 print:block">
        <div className="space-y-3">
          <p>
            <span className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${fair.phase === "current" ? "bg-ocop-800 text-white" : "bg-stone-200 text-stone-800"}`}>
              {t(`fairs.phases.${fair.phase}`)}
            </span>
          </p>
          <h1 className="text-2xl font-bold leading-tight text-ocop-900 sm:text-3xl">{fair.name}</h1>
          <p className="text-lg font-semibold text-stone-900">
            {t("fairs.dates", { from: formatDate(fair.first_day), to: formatDate(fair.last_day) })}
          </p>
          <dl className="space-y-1 text-sm text-stone-800">
            <div>
              <dt className="inline font-semibold">{t("fairs.venue")}: </dt>
              <dd className="inline">
                {fair.venue.name}, {fair.venue.address}
              </dd>
            </div>
            <div>
              <dt className="inline font-semibold">{t("fairs.hours")}: </dt>
              <dd className="inline">{fair.opening_hours}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">{t("fairs.organiser")}: </dt>
              <dd className="inline">{fair.organiser}</dd>
            </div>
          </dl>
          <p className="text-sm text-stone-700">{t("fairs.counts", { booths: fair.booth_count, exhibitors: fair.exhibitor_count })}</p>
          <PhoneLink
            phone={fair.organiser_phone}
            className="inline-flex h-11 items-center rounded-lg border border-stone-300 px-3 text-sm font-semibold text-stone-800 hover:bg-stone-50"
          />
          {fair.description && <p className="whitespace-pre-line leading-relaxed text-stone-800">{fair.description}</p>}
          <p className="flex flex-wrap gap-2 print:hidden">
            <a
              href={localize(`/hoi-cho/${fair.handle}/catalogue.pdf`)}
              className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-4 text-sm font-semibold text-white hover:bg-ocop-900"
            >
              {t("fairs.catalogue")}
            </a>
          </p>
          <p className="text-sm text-stone-600 print:hidden">{t("fairs.catalogueHelp")}</p>
        </div>
        <div className="print:hidden">
          <PlaceMapSlot points={[venue]} tiles={tiles} selected={fair.handle} label={t("fairs.map")} hrefOf={(handle) => `/hoi-cho/${handle}`} linkLabel={t("fairs.mapLink")} />
        </div>
      </div>

      <section aria-labelledby="floor-heading" className="space-y-3 print:break-inside-avoid">
        <h2 id="floor-heading" className="text-xl font-bold text-stone-900">
          {t("fairs.floorPlan")}
        </h2>
        <Form method="get" action={localize(`/hoi-cho/${fair.handle}`)} role="search" className="flex gap-2 print:hidden">
          <label htmlFor="fair-search" className="sr-only">
            {t("fairs.searchLabel")}
          </label>
          <input
            id="fair-search"
            name="tim"
            type="search"
            defaultValue={q}
            placeholder={t("fairs.searchPlaceholder")}
            maxLength={100}
            className="h-11 min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-3 text-base"
          />
          <button type="submit" className="h-11 shrink-0 rounded-lg bg-ocop-800 px-4 font-semibold text-white hover:bg-ocop-900">
            {t("fairs.searchButton")}
          </button>
        </Form>
        {q && (
          <p role="status" className="text-sm font-semibold text-stone-800 print:hidden">
            {found!.length ? t("fairs.searchResults", { count: found!.length, q }) : t("fairs.searchNone", { q })}{" "}
            <LocaleLink to={`/hoi-cho/${fair.handle}`} className="font-normal text-ocop-800 underline underline-offset-4">
              {t("fairs.searchClear")}
            </LocaleLink>
          </p>
        )}
        <FloorPlan fair={fair} found={foundSet} />
      </section>

      <section aria-labelledby="booths-heading" className="space-y-5">
        <h2 id="booths-heading" className="text-xl font-bold text-stone-900">
          {t("fairs.exhibitors")}
        </h2>
        {groups.map((zone) => (
          <section key={zone.code ?? "none"} aria-labelledby={`zone-${zone.code ?? "none"}`}>
            <h3 id={`zone-${zone.code ?? "none"}`} className="mb-2 font-bold text-ocop-900">
              {zone.code ? t("fairs.zone", { code: zone.code, name: zone.name }) : zone.name}
            </h3>
            <ul className="grid gap-3 md:grid-cols-2 print:grid-cols-2 print:gap-2">
              {zone.booths.map((booth) => (
                <li key={booth.number}>
                  <BoothCard fairHandle={fair.handle} booth={booth} colour={zoneColour(fair.zones, booth.zone)} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      {fair.phase !== "past" && fair.booths.length > 0 && (
        <div className="max-w-2xl print:hidden">
          <EnquiryForm
            context={{ fair: fair.handle, source: "fair_page" }}
            heading={t("fairs.enquiryTitle")}
            intro={t("fairs.enquiryIntro")}
            booths={fair.booths.map((booth) => ({ value: booth.number, label: `${booth.number} · ${booth.producer?.name ?? ""}` }))}
          />
        </div>
      )}
    </div>
  )
}
