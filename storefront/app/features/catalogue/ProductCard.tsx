import { useFetcher } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"
import { usePlaceName } from "~/components/PlaceName"
import { Price } from "~/components/Price"
import { ProductImage } from "~/components/ProductImage"
import { RatingStars } from "~/components/RatingStars"
import { StarBadge } from "~/components/StarBadge"
import { useLocale, useLocalizePath } from "~/i18n/use-locale"
import type { CardData } from "~/lib/card-data"
import type { CartActionResult } from "~/lib/cart-form"
import { formatRating } from "~/lib/format"
import type { ProducerRef, Rating } from "~/lib/store-api"
import { useHydrated } from "~/lib/use-hydrated"

/** One product in a grid: picture, name, stars, price, and who made it where. The whole card is the link. */
export function ProductCard({ product, eager = false }: { product: CardData; eager?: boolean }) {
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md focus-within:ring-2 focus-within:ring-ocop-700">
      <ProductImage src={product.thumbnail} size={320} eager={eager} />
      <div className="flex flex-1 flex-col gap-1.5 p-3">
        <StarBadge stars={product.ocop.stars} />
        <h3 className="line-clamp-2 text-sm font-semibold leading-snug text-stone-900 sm:text-base">
          <LocaleLink
            to={`/san-pham/${product.handle}`}
            className="after:absolute after:inset-0 focus-visible:outline-none"
            prefetch="intent"
          >
            {product.title}
          </LocaleLink>
        </h3>
        {product.rating && product.rating.count > 0 && product.rating.average != null && <CardRating rating={product.rating} />}
        <Price price={product.price} from className="font-bold text-ocop-800" />
        {product.producer && <ProducerLine producer={product.producer} />}
        <AddFromCard handle={product.handle} title={product.title} />
      </div>
    </article>
  )
}

export function ProductGrid({
  products,
  eagerCount = 0,
  label,
}: {
  products: CardData[]
  eagerCount?: number
  label?: string
}) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 sm:gap-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} eager={index < eagerCount} />
        </li>
      ))}
    </ul>
  )
}

/** Buyers' average and how many reviewed it, only once someone has. */
function CardRating({ rating }: { rating: Rating }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const average = formatRating(rating.average!, locale)
  const label = t("rating.label", { average, count: rating.count })
  return (
    <p className="flex items-center gap-1 text-xs text-stone-700">
      <RatingStars rating={rating.average!} label={label} />
      <span aria-hidden="true">{t("rating.short", { average, count: rating.count })}</span>
    </p>
  )
}

function ProducerLine({ producer }: { producer: ProducerRef }) {
  const { t } = useTranslation()
  const place = usePlaceName(producer.address_as_certified, producer.province_code)
  return (
    <p className="mt-auto text-xs leading-snug text-stone-600">
      {/* Whole, on two lines if need be: "Công ty TNHH Cà phê …" says nothing about who made it. */}
      <span className="block break-words">{producer.name}</span>
      <span className="block break-words">
        {t(`entityType.${producer.entity_type}`)} · {place}
      </span>
    </p>
  )
}

/**
 * "Add to cart" on the card: the cheapest variant in stock, posted to the cart page's action. Without
 * JavaScript the shopper lands on the cart; with it the card stays and the header's count goes up at once.
 * Above the card's link overlay, so a tap on it does not open the product.
 */
function AddFromCard({ handle, title }: { handle: string; title: string }) {
  const { t } = useTranslation()
  const localize = useLocalizePath()
  const fetcher = useFetcher<CartActionResult>({ key: `add-card-${handle}` })
  const hydrated = useHydrated()
  const busy = fetcher.state !== "idle"
  const result = fetcher.state === "idle" ? fetcher.data : undefined
  return (
    <fetcher.Form method="post" action={localize("/gio-hang")} className="relative z-10 mt-2" preventScrollReset>
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="handle" value={handle} />
      {hydrated && <input type="hidden" name="via" value="fetch" />}
      <button
        type="submit"
        disabled={busy}
        aria-label={t("cart.addTitle", { title })}
        className="h-10 w-full rounded-lg border border-ocop-800 bg-white px-2 text-sm font-semibold text-ocop-800 hover:bg-ocop-50 disabled:opacity-60"
      >
        {busy ? t("cart.adding") : result?.ok ? `✓ ${t("cart.addedShort")}` : t("cart.addToCart")}
      </button>
      {result && !result.ok && (
        <p role="alert" className="mt-1 text-xs font-semibold text-label-red">
          {t(`cart.errors.${result.error}`)}
        </p>
      )}
    </fetcher.Form>
  )
}
