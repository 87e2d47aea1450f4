import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { useEffect, useState, type ReactNode } from "react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { Field, Notice, SubmitButton, inputClass } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PhotoPicker } from "~/components/PhotoPicker"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { requireCustomer } from "~/features/account/customer.server"
import { ReviewItem } from "~/features/reviews/ReviewsSection"
import { myReviews, submitReview } from "~/features/reviews/reviews.server"
import { MAX_REVIEW_PHOTOS, REVIEW_PHOTOS_FIELD } from "~/features/reviews/params"
import { reviewFormSchema } from "~/features/reviews/schemas"
import { useReviewsTranslation } from "~/features/reviews/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatDate } from "~/lib/format"
import { parseForm } from "~/lib/forms"
import { isMultipart, photoRefusal, readPhotoForm, type PhotoProblem } from "~/lib/photo-upload.server"
import { loaderHeaders } from "~/lib/headers"
import { getProduct } from "~/lib/store-api.server"
import { flashCookie, takeFlash } from "~/lib/session.server"
import type { SectionsHandle } from "~/i18n/sections"

/** The review page's words that come in its language only (i18n/sections.ts), fetched before it hydrates. */
export const handle: SectionsHandle = { i18nSections: ["reviews"] }

/**
 * Writing a review: a private page (the product page is public and cached, so whether this visitor may review
 * lives here). A logged-in customer sees the delivered purchases she has not reviewed yet and the form; her
 * earlier reviews (a hidden one with the programme's reason); or why she cannot write one yet.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, customer } = await requireCustomer(request)
  const locale = localeOf(request)
  const handle = params.handle ?? ""
  const [product, mine, t, flash] = await Promise.all([
    getProduct(locale, handle),
    myReviews(token, handle, request),
    translatorFor(locale),
    takeFlash(request),
  ])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  const initial = customer.last_name?.trim() ? ` ${Array.from(customer.last_name.trim())[0]!.toLocaleUpperCase("vi")}.` : ""
  const given = customer.first_name?.trim().split(/\s+/).pop() ?? ""
  return data(
    {
      title: `${t("reviews.writeTitle", { title: product.title })} · ${t("site.name")}`,
      product: { handle: product.handle, title: product.title, producer: product.producer?.name ?? null },
      mine,
      shownAs: `${given}${initial}`.trim(),
      notice: flash.notice,
    },
    { headers }
  )
}

const PHOTO_PROBLEMS: Record<PhotoProblem, string> = {
  tooLarge: "reviews.errors.photoTooLarge",
  tooMany: "reviews.errors.photoTooMany",
  type: "reviews.errors.photoType",
  rateLimited: "reviews.errors.photoRateLimited",
  failed: "reviews.errors.photoFailed",
}

/**
 * Her review, with photos when she chose some: the form is multipart, read with limits (lib/photo-upload.server.ts)
 * before anything reaches the backend. A refused photo keeps what she wrote; the photos must be chosen again, as
 * no browser lets a page fill a file input.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { token } = await requireCustomer(request)
  const handle = params.handle ?? ""
  let form: FormData
  let photos: File[] = []
  if (isMultipart(request)) {
    const read = await readPhotoForm(request, { field: REVIEW_PHOTOS_FIELD, max: MAX_REVIEW_PHOTOS, textFields: ["order_line_id", "rating", "text"] })
    if (read.problem) return data({ errors: { photos: PHOTO_PROBLEMS[read.problem] } as Record<string, string>, values: {} as Record<string, string>, refused: null as string | null }, { status: 400 })
    form = read.form
    photos = read.files
  } else form = await request.formData()
  const parsed = parseForm(reviewFormSchema, form)
  if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values, refused: null as string | null }, { status: 400 })
  const result = await submitReview(token, handle, parsed.data, photos, request)
  if (!result.ok) {
    const values = { ...parsed.data, rating: String(parsed.data.rating) } as Record<string, string>
    const photoProblem = photoRefusal(result.message)
    if (photoProblem) return data({ errors: { photos: PHOTO_PROBLEMS[photoProblem] } as Record<string, string>, values, refused: null as string | null }, { status: 400 })
    return data({ errors: {} as Record<string, string>, values, refused: result.message }, { status: result.status === 404 ? 404 : 400 })
  }
  // Post, redirect, get: the page then shows her review as published.
  return redirect(new URL(request.url).pathname, { headers: { "Set-Cookie": await flashCookie(request, "reviews.posted") } })
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function WriteReview() {
  const { product, mine, shownAs, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useReviewsTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  const values: Record<string, string> = result?.values ?? {}
  const lines = mine.reviewable
  return (
    <div className="mx-auto max-w-2xl space-y-5 px-4 py-4 sm:py-6">
      <Breadcrumbs
        items={[
          { to: "/", label: t("site.home") },
          { to: `/san-pham/${product.handle}`, label: product.title },
          { label: t("reviews.write") },
        ]}
      />
      <h1 className="text-2xl font-bold leading-tight text-stone-900">{t("reviews.writeTitle", { title: product.title })}</h1>
      {notice && <Notice tone="success">{t(notice)}</Notice>}
      {!mine.email_verified ? (
        <Notice tone="error">
          {t("reviews.verifyFirst")}{" "}
          <LocaleLink to="/tai-khoan" className="font-semibold underline underline-offset-4">
            {t("reviews.verifyLink")}
          </LocaleLink>
        </Notice>
      ) : lines.length === 0 ? (
        <p className="text-stone-700">{mine.reviews.length ? t("reviews.allReviewed") : t("reviews.nothingToReview")}</p>
      ) : (
        <Form method="post" encType="multipart/form-data" className="space-y-4 rounded-xl border border-stone-200 bg-white p-4" noValidate>
          <p className="text-sm text-stone-700">{t("reviews.writeIntro")}</p>
          {result?.refused && <Notice tone="error">{t("reviews.errors.refused", { message: result.refused })}</Notice>}
          {!result?.refused && Object.keys(errors).length > 0 && <Notice tone="error">{t("reviews.errors.summary")}</Notice>}
          <Field name="order_line_id" label={t("reviews.order")} error={errors.order_line_id}>
            {(control) => (
              <select {...control} className={inputClass} defaultValue={values.order_line_id ?? lines[0]!.order_line_id}>
                {lines.map((line) => {
                  const option = { number: line.order_display_id ?? "", date: formatDate(line.delivered_at), variant: line.variant_title ?? "" }
                  return (
                    <option key={line.order_line_id} value={line.order_line_id}>
                      {line.variant_title ? t("reviews.orderOptionVariant", option) : t("reviews.orderOption", option)}
                    </option>
                  )
                })}
              </select>
            )}
          </Field>
          <StarsField error={errors.rating} chosen={values.rating}>
          </StarsField>
          <Field name="text" label={t("reviews.text")} hint={t("reviews.textHint", { name: shownAs || t("reviews.anonymous") })} error={errors.text}>
            {(control) => <textarea {...control} rows={5} maxLength={2000} defaultValue={values.text ?? ""} className={inputClass.replace("h-12", "min-h-32 py-2")} />}
          </Field>
          <PhotoPicker
            id="field-photos"
            name={REVIEW_PHOTOS_FIELD}
            title={t("reviews.photosTitle")}
            button={t("reviews.photosPick")}
            chosen={(count) => t("reviews.photosChosen", { count })}
            hint={t("reviews.photosHint")}
            error={errors.photos}
          />
          <SubmitButton busy={navigation.state === "submitting"} busyLabel={t("reviews.sending")}>
            {t("reviews.submit")}
          </SubmitButton>
        </Form>
      )}
      {mine.reviews.length > 0 && (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading" className="text-lg font-bold text-stone-900">
            {t("reviews.mine")}
          </h2>
          <ul className="mt-2 divide-y divide-stone-200 border-y border-stone-200">
            {mine.reviews.map((review) => (
              <li key={review.id} className="py-3">
                {review.status === "hidden" && <Notice tone="error">{t("reviews.hidden", { reason: review.hidden_reason ?? "" })}</Notice>}
                <ReviewItem review={review} producerName={product.producer} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <LocaleLink to={`/san-pham/${product.handle}#danh-gia`} className="font-semibold text-ocop-800 underline underline-offset-4">
          ← {t("reviews.backToProduct")}
        </LocaleLink>
      </p>
    </div>
  )
}

/**
 * The stars as five radio buttons, highest first, each a 44 px target with the stars drawn beside the words. Its
 * error goes as soon as a star is chosen, as the text fields' errors do.
 */
function StarsField({ error, chosen, children }: { error?: string; chosen?: string; children?: ReactNode }) {
  const { t } = useReviewsTranslation()
  const [edited, setEdited] = useState(false)
  useEffect(() => setEdited(false), [error])
  const shown = edited ? undefined : error
  return (
    <fieldset aria-describedby={shown ? "rating-error" : undefined} onChange={() => setEdited(true)}>
      <legend className="block text-sm font-semibold text-stone-800">{t("reviews.stars")}</legend>
      <div className="mt-1 flex flex-col gap-1">
        {[5, 4, 3, 2, 1].map((stars) => (
          <label key={stars} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-200 px-3 has-[:checked]:border-ocop-700 has-[:checked]:bg-ocop-50">
            <input type="radio" name="rating" value={stars} defaultChecked={chosen === String(stars)} aria-invalid={shown ? true : undefined} className="h-5 w-5 accent-ocop-800" />
            <span aria-hidden="true" className="text-lg tracking-tight">
              <span className="text-amber-600">{"★".repeat(stars)}</span>
              <span className="text-stone-300">{"★".repeat(5 - stars)}</span>
            </span>
            <span className="text-sm text-stone-800">{t("reviews.star", { count: stars })}</span>
          </label>
        ))}
      </div>
      {shown && (
        <p id="rating-error" className="mt-1 text-sm font-semibold text-label-red">
          {t(shown)}
        </p>
      )}
      {children}
    </fieldset>
  )
}
