import { LocaleLink } from "~/components/LocaleLink"
import { Price } from "~/components/Price"
import { StarBadge } from "~/components/StarBadge"
import type { Booth } from "~/lib/store-api"
import { useFairsTranslation } from "./strings"

/** A booth in the fair's list: its number, its producer, what it shows (stars, price) and the way to its page. */
export function BoothCard({ fairHandle, booth, colour }: { fairHandle: string; booth: Booth; colour: { fill: string; ink: string } }) {
  const { t } = useFairsTranslation()
  return (
    <article className="break-inside-avoid rounded-xl border border-stone-200 bg-white p-4 print:p-3" id={`gian-hang-${booth.number}`}>
      <div className="flex items-start gap-3">
        <span
          className="inline-flex h-10 min-w-10 shrink-0 items-center justify-center rounded-lg px-2 text-base font-bold"
          style={{ background: colour.fill, color: colour.ink }}
        >
          {booth.number}
        </span>
        <div className="min-w-0">
          <h4 className="font-bold leading-snug text-stone-900">{booth.producer?.name ?? t("fairs.booth", { number: booth.number })}</h4>
          {booth.producer && <p className="text-sm text-stone-600">{booth.producer.address_as_certified}</p>}
        </div>
      </div>
      {booth.products.length ? (
        <ul className="mt-3 space-y-1.5 text-sm">
          {booth.products.map((product) => (
            <li key={product.handle} className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
              <LocaleLink to={`/san-pham/${product.handle}`} className="min-w-0 font-semibold text-ocop-800 underline-offset-2 hover:underline">
                {product.title}
              </LocaleLink>
              <span className="flex items-center gap-2">
                <StarBadge stars={product.ocop.stars} />
                <Price price={product.price} from className="text-stone-800" />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-stone-600">{t("fairs.noProducts")}</p>
      )}
      <p className="mt-3 print:hidden">
        <LocaleLink
          to={`/hoi-cho/${fairHandle}/gian-hang/${booth.number}`}
          className="inline-flex min-h-11 items-center font-semibold text-ocop-800 underline underline-offset-4"
        >
          {t("fairs.seeBooth")}
        </LocaleLink>
      </p>
    </article>
  )
}
