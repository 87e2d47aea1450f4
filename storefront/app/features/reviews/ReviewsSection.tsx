import { RatingStars } from "~/components/RatingStars"
import { localizePath, type Locale } from "~/i18n/config"
import { formatDate, formatRating, isoDateInVietnam } from "~/lib/format"
import type { Review, ReviewList } from "~/lib/store-api"
import { REVIEW_PAGE_PARAM, REVIEWS_ANCHOR } from "./params"
import { useReviewsTranslation } from "./strings"


/**
 * A product's reviews on its public page: the average, the count and how many gave each number of stars, the
 * newest reviews with the producer's answers, pages as plain links, and the way to write one. Whether this
 * visitor may write one is personal: the link leads to a private page that knows.
 *
 * Nothing here reacts to the shopper, so the server renders it to HTML (reviews-html.server.tsx) and the browser
 * never downloads it: no router, only plain links, the locale given.
 */
export function ReviewsSection({
  handle,
  list,
  producerName,
  locale,
}: {
  handle: string
  list: ReviewList
  producerName: string | null
  locale: Locale
}) {
  const { t } = useReviewsTranslation()
  const page = Math.floor(list.offset / list.limit) + 1
  const pages = Math.max(1, Math.ceil(list.count / list.limit))
  const average = list.average != null ? formatRating(list.average, locale) : null
  return (
    <section id={REVIEWS_ANCHOR} aria-labelledby="reviews-heading" className="max-w-3xl scroll-mt-4">
      <h2 id="reviews-heading" className="text-xl font-bold text-stone-900">
        {t("reviews.heading")}
      </h2>
      {list.count > 0 && average ? (
        <div className="mt-3 flex flex-wrap items-start gap-x-8 gap-y-4">
          <div>
            <p className="text-4xl font-bold text-stone-900">{average}</p>
            <RatingStars rating={list.average!} label={t("reviews.average", { average })} className="text-lg" />
            <p className="text-sm text-stone-700">{t("reviews.count", { count: list.count })}</p>
          </div>
          <Distribution list={list} />
        </div>
      ) : (
        <p className="mt-2 text-stone-700">{t("reviews.none")}</p>
      )}
      <p className="mt-4">
        <a
          href={localizePath(`/san-pham/${handle}/danh-gia`, locale)}
          rel="nofollow"
          className="inline-flex min-h-11 items-center rounded-lg border border-ocop-800 px-4 font-semibold text-ocop-800 hover:bg-ocop-50"
        >
          {t("reviews.write")}
        </a>
      </p>
      {list.reviews.length > 0 && (
        <ol className="mt-4 divide-y divide-stone-200 border-y border-stone-200">
          {list.reviews.map((review) => (
            <li key={review.id} className="py-4">
              <ReviewItem review={review} producerName={producerName} />
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label={t("reviews.pages")} className="mt-3 flex items-center justify-between gap-2 text-sm">
          {page > 1 ? (
            <a href={localizePath(pageLink(handle, page - 1), locale)} className="min-h-11 inline-flex items-center font-semibold text-ocop-800 underline underline-offset-4">
              ← {t("reviews.newer")}
            </a>
          ) : (
            <span />
          )}
          <span className="text-stone-700">{t("reviews.pageOf", { page, pages })}</span>
          {page < pages ? (
            <a href={localizePath(pageLink(handle, page + 1), locale)} className="min-h-11 inline-flex items-center font-semibold text-ocop-800 underline underline-offset-4">
              {t("reviews.older")} →
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  )
}

function pageLink(handle: string, page: number) {
  return page > 1 ? `/san-pham/${handle}?${REVIEW_PAGE_PARAM}=${page}#danh-gia` : `/san-pham/${handle}#danh-gia`
}

function Distribution({ list }: { list: ReviewList }) {
  const { t } = useReviewsTranslation()
  const most = Math.max(1, ...Object.values(list.distribution))
  return (
    <dl aria-label={t("reviews.distribution")} className="min-w-48 flex-1 space-y-1 text-sm">
      {(["5", "4", "3", "2", "1"] as const).map((stars) => {
        const count = list.distribution[stars] ?? 0
        return (
          <div key={stars} className="flex items-center gap-2">
            <dt className="w-14 shrink-0 text-stone-700">{t("reviews.starRow", { count: Number(stars) })}</dt>
            <dd className="flex flex-1 items-center gap-2" aria-label={t("reviews.starRowCount", { stars, count })}>
              <span aria-hidden="true" className="h-2 flex-1 overflow-hidden rounded-full bg-stone-200">
                <span className="block h-full rounded-full bg-amber-500" style={{ width: `${(count / most) * 100}%` }} />
              </span>
              <span aria-hidden="true" className="w-6 text-right tabular-nums text-stone-700">{count}</span>
            </dd>
          </div>
        )
      })}
    </dl>
  )
}

export function ReviewItem({ review, producerName }: { review: Review; producerName: string | null }) {
  const { t } = useReviewsTranslation()
  return (
    <article>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <RatingStars rating={review.rating} label={t("reviews.ratingLabel", { rating: review.rating })} />
        <span className="font-semibold text-stone-900">{review.author_name || t("reviews.anonymous")}</span>
        <span className="text-xs text-stone-600">
          · {t("reviews.verifiedBuyer")} ·{" "}
          {review.created_at && <time dateTime={isoDateInVietnam(review.created_at)}>{formatDate(review.created_at)}</time>}
        </span>
      </p>
      <p className="mt-1 whitespace-pre-line break-words text-stone-800">{review.text}</p>
      {review.photos.length > 0 && (
        <ul aria-label={t("reviews.photos", { count: review.photos.length })} className="mt-2 flex gap-2">
          {review.photos.map((photo, index) => (
            <li key={photo.id}>
              {/* The photo itself, full size, in the browser: nothing to load on a page of reviews until tapped. */}
              <a href={photo.url} target="_blank" rel="noopener" className="block overflow-hidden rounded-lg border border-stone-200 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ocop-800">
                <img
                  src={photo.url}
                  alt={t("reviews.photoAlt", { number: index + 1, author: review.author_name || t("reviews.anonymous") })}
                  loading="lazy"
                  decoding="async"
                  width={80}
                  height={80}
                  className="h-20 w-20 object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      {review.reply && (
        <div className="mt-2 rounded-lg border-l-4 border-ocop-700 bg-ocop-50 px-3 py-2">
          <p className="text-sm font-semibold text-ocop-900">
            {producerName ? t("reviews.reply", { producer: producerName }) : t("reviews.replyGeneric")}
          </p>
          <p className="mt-0.5 whitespace-pre-line break-words text-sm text-stone-800">{review.reply.text}</p>
        </div>
      )}
    </article>
  )
}
