import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { z } from "zod"
import { inputClass } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { RatingStars } from "~/components/RatingStars"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { listReviews, replyToReview, requireMember } from "~/features/portal/portal.server"
import { usePortalTranslation } from "~/features/portal/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatDate } from "~/lib/format"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { forgetStoreGets } from "~/lib/medusa.server"
import { flashPortal, takePortalFlash } from "~/lib/portal-session.server"

const PAGE_SIZE = 20

const replySchema = z.object({
  review_id: z.string().regex(/^[A-Za-z0-9_]{1,100}$/, "portal.errors.replyText"),
  product_handle: z.string().regex(/^[a-z0-9-]{1,200}$/, "portal.errors.replyText").optional(),
  text: z
    .string({ message: "portal.errors.replyText" })
    .transform((text) => text.trim())
    .pipe(z.string().min(1, "portal.errors.replyText").max(2000, "portal.errors.replyText")),
})

/** Buyers' reviews of the producer's products, newest first, each with its one public answer or a form to give it. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const search = new URL(request.url).searchParams
  const page = Math.max(1, Number.parseInt(search.get("trang") ?? "1", 10) || 1)
  const unanswered = search.get("loc") === "chua-tra-loi"
  const [t, list, flash] = await Promise.all([
    translatorFor(localeOf(request)),
    listReviews(token, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, unanswered }),
    takePortalFlash(request),
  ])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    {
      title: `${t("portal.reviews.title")} · ${t("portal.title")}`,
      me,
      reviews: list.reviews,
      unanswered,
      page,
      pages: Math.max(1, Math.ceil(list.count / PAGE_SIZE)),
      notice: flash.notice,
    },
    { headers }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireMember(request)
  const parsed = parseForm(replySchema, await request.formData())
  if (parsed.errors) return data({ review_id: parsed.values.review_id ?? "", error: parsed.errors.text ?? parsed.errors.review_id!, refused: null as string | null }, { status: 400 })
  const refused = await replyToReview(token, parsed.data.review_id, parsed.data.text)
  if (refused) return data({ review_id: parsed.data.review_id, error: "portal.reviews.errors.refused", refused }, { status: 400 })
  // The answer shows on the product's page: this server forgets its cached copy of the product's reviews.
  if (parsed.data.product_handle) forgetStoreGets(`/store/ocop/products/${parsed.data.product_handle}`)
  const url = new URL(request.url)
  return redirect(url.pathname + url.search, { headers: { "Set-Cookie": await flashPortal(request, "portal.reviews.sent") } })
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalReviews() {
  const { me, reviews, unanswered, page, pages, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = usePortalTranslation()
  const query = (next: { page?: number; unanswered?: boolean }) => {
    const params = new URLSearchParams()
    if (next.unanswered ?? unanswered) params.set("loc", "chua-tra-loi")
    if (next.page && next.page > 1) params.set("trang", String(next.page))
    const text = params.toString()
    return `/kenh-nguoi-ban/danh-gia${text ? `?${text}` : ""}`
  }
  return (
    <PortalShell me={me} title={t("portal.reviews.title")} notice={notice ? t(notice) : null}>
      <p className="text-sm text-stone-700">{t("portal.reviews.intro")}</p>
      <nav aria-label={t("portal.reviews.title")} className="mt-3 flex gap-2 text-sm">
        {[false, true].map((only) => (
          <LocaleLink
            key={String(only)}
            to={query({ unanswered: only, page: 1 })}
            aria-current={only === unanswered ? "page" : undefined}
            className={`inline-flex h-10 shrink-0 items-center rounded-full border px-3 font-semibold ${only === unanswered ? "border-ocop-800 bg-ocop-800 text-white" : "border-stone-300 bg-white text-stone-800"}`}
          >
            {only ? t("portal.reviews.unanswered") : t("portal.reviews.all")}
          </LocaleLink>
        ))}
      </nav>
      {reviews.length === 0 ? (
        <p className="mt-4 text-stone-700">{t("portal.reviews.empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {reviews.map((review) => {
            const failed = result && result.review_id === review.id ? result : null
            const busy = navigation.state === "submitting" && navigation.formData?.get("review_id") === review.id
            return (
              <li key={review.id}>
                <article className="rounded-xl border border-stone-200 bg-white p-4" aria-labelledby={`review-${review.id}`}>
                  <h2 id={`review-${review.id}`} className="break-words font-bold text-stone-900">
                    {review.product?.title ?? ""}
                  </h2>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
                    <RatingStars rating={review.rating} label={t("portal.reviews.stars", { rating: review.rating })} />
                    {t("portal.reviews.by", { name: review.author_name || t("portal.reviews.anonymous"), date: formatDate(review.created_at) })}
                  </p>
                  {review.status === "hidden" && (
                    <p className="mt-2 text-sm font-semibold text-label-red">{t("portal.reviews.hidden", { reason: review.hidden_reason ?? "" })}</p>
                  )}
                  <p className="mt-2 whitespace-pre-line break-words text-stone-800">{review.text}</p>
                  {review.reply ? (
                    <div className="mt-3 rounded-lg border-l-4 border-ocop-700 bg-ocop-50 px-3 py-2 text-sm">
                      <p className="font-semibold text-ocop-900">{t("portal.reviews.yourReply", { date: formatDate(review.reply.replied_at) })}</p>
                      <p className="mt-0.5 whitespace-pre-line break-words text-stone-800">{review.reply.text}</p>
                    </div>
                  ) : (
                    <Form method="post" className="mt-3 space-y-2" noValidate preventScrollReset>
                      <input type="hidden" name="review_id" value={review.id} />
                      {review.product && <input type="hidden" name="product_handle" value={review.product.handle} />}
                      <label htmlFor={`reply-${review.id}`} className="block text-sm font-semibold text-stone-800">
                        {t("portal.reviews.reply")}
                      </label>
                      <textarea
                        id={`reply-${review.id}`}
                        name="text"
                        rows={3}
                        maxLength={2000}
                        aria-describedby={`reply-${review.id}-hint${failed ? ` reply-${review.id}-error` : ""}`}
                        aria-invalid={failed ? true : undefined}
                        className={inputClass}
                      />
                      <p id={`reply-${review.id}-hint`} className="text-xs text-stone-600">{t("portal.reviews.replyHint")}</p>
                      {failed && (
                        <p id={`reply-${review.id}-error`} role="alert" className="text-sm font-semibold text-label-red">
                          {t(failed.error, { message: failed.refused ?? "" })}
                        </p>
                      )}
                      <button type="submit" disabled={busy} className="h-11 rounded-lg bg-ocop-800 px-5 text-sm font-bold text-white hover:bg-ocop-900 disabled:opacity-70">
                        {t("portal.reviews.send")}
                      </button>
                    </Form>
                  )}
                </article>
              </li>
            )
          })}
        </ul>
      )}
      {pages > 1 && (
        <nav className="mt-6 flex justify-between text-sm font-semibold">
          {page > 1 ? <LocaleLink to={query({ page: page - 1 })}>{t("portal.productList.previous")}</LocaleLink> : <span />}
          {page < pages ? <LocaleLink to={query({ page: page + 1 })}>{t("portal.productList.next")}</LocaleLink> : <span />}
        </nav>
      )}
    </PortalShell>
  )
}
