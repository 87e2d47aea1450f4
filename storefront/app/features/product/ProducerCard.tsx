import { Await } from "@remix-run/react"
import { Suspense } from "react"
import { LocaleLink } from "~/components/LocaleLink"
import { LocatorMap } from "~/components/LocatorMap"
import { usePlaceName } from "~/components/PlaceName"
import type { Producer, ProducerRef } from "~/lib/store-api"
import { useProductTranslation } from "./strings"

/**
 * Who made the product: what the catalogue already knows shows at once; the story and the small map follow
 * when the producer's own record arrives (the product page defers it).
 */
export function ProducerCard({
  producer,
  details,
}: {
  producer: ProducerRef
  details: Producer | null | Promise<Producer | null>
}) {
  const { t } = useProductTranslation()
  const place = usePlaceName(producer.address_as_certified, producer.province_code)
  return (
    <section aria-labelledby="producer-heading" className="rounded-xl border border-stone-200 bg-white p-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-stone-600">{t("product.producer")}</p>
      <h2 id="producer-heading" className="mt-1 text-lg font-bold text-stone-900">
        {producer.name}
      </h2>
      <p className="text-sm text-stone-700">
        {t(`entityType.${producer.entity_type}`)} · {place}
      </p>
      <p className="mt-2 text-sm">
        <span className="text-stone-600">{t("product.placeAsCertified")}: </span>
        {producer.address_as_certified}
      </p>
      <Suspense fallback={<div className="mt-3 aspect-[248/216] w-full max-w-xs rounded-lg bg-stone-100" />}>
        <Await resolve={details} errorElement={null}>
          {(full) =>
            full && (
              <div className="mt-3 grid gap-3 sm:grid-cols-[1fr_14rem]">
                <p className="line-clamp-6 text-sm leading-relaxed text-stone-800">{full.story}</p>
                <LocatorMap
                  name={full.name}
                  point={
                    full.latitude !== null && full.longitude !== null
                      ? { latitude: full.latitude, longitude: full.longitude }
                      : null
                  }
                  className="max-w-xs"
                />
              </div>
            )
          }
        </Await>
      </Suspense>
      <LocaleLink
        to={`/chu-the/${producer.handle}`}
        className="mt-3 inline-block font-semibold text-ocop-800 underline underline-offset-4"
      >
        {t("product.seeProducer")}
      </LocaleLink>
    </section>
  )
}
