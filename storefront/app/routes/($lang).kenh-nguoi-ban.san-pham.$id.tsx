import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, FieldError, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { listSalesPoints, requestSalesPoint, type SalesPointRefusal } from "~/features/portal/assortment.server"
import { isMultipart, photoRefusalKey, readPhotoUpload } from "~/features/portal/photos.server"
import {
  loadProduct,
  makeMainProductImage,
  removeProductImage,
  requireMember,
  updateProduct,
  updateVariant,
  uploadProductImages,
} from "~/features/portal/portal.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { ProductPhotos } from "~/features/portal/ProductPhotos"
import { SALES_POINT_INTENT, SalesPointsSection } from "~/features/portal/SalesPointsSection"
import { descriptionSchema, photoSchema, salesPointRequestSchema, variantSchema } from "~/features/portal/schemas"
import { usePortalTranslation } from "~/features/portal/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { TooManyAttempts } from "~/lib/medusa.server"
import { flashPortal, takePortalFlash } from "~/lib/portal-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const [t, product, salesPoints, flash] = await Promise.all([
    translatorFor(localeOf(request)),
    loadProduct(token, params.id!),
    listSalesPoints(token),
    takePortalFlash(request),
  ])
  // Another producer's product, or none: the same 404 as the API's.
  if (!product) throw data(null, { status: 404 })
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    { title: `${product.title} · ${t("portal.title")}`, me, product, salesPoints: salesPoints.map(({ id, name }) => ({ id, name })), notice: flash.notice },
    { headers }
  )
}

/** The backend's refusals the page explains in its own words; anything else is shown as the backend said it. */
function refusalKey(message: string): string {
  if (/open orders hold/.test(message)) return "portal.errors.stockBelowReserved"
  if (/several places or as a bundle/.test(message)) return "portal.errors.stockNotSingle"
  return "portal.errors.price"
}

const photoRefused = (error: string) => data({ intent: "photos", errors: { photos: error } as Record<string, string>, values: null }, { status: 400 })

/** New photos: the page's only multipart form, read with limits before anything reaches the backend. */
async function addPhotos(request: Request, token: string, productId: string) {
  const upload = await readPhotoUpload(request)
  if (!upload.files) return photoRefused(upload.error)
  const refusal = await uploadProductImages(token, productId, upload.files)
  if (refusal) return photoRefused(photoRefusalKey(refusal))
  return redirect(new URL(request.url).pathname, { headers: { "Set-Cookie": await flashPortal(request, "portal.photos.added") } })
}

/** A photo's buttons: make it the main photo, or take it off. */
async function changePhoto(request: Request, token: string, productId: string, form: FormData) {
  const parsed = photoSchema.safeParse({ image_id: form.get("image_id") })
  if (!parsed.success) return photoRefused("portal.errors.photoFailed")
  const main = form.get("intent") === "main-photo"
  const refusal = main ? await makeMainProductImage(token, productId, parsed.data.image_id) : await removeProductImage(token, productId, parsed.data.image_id)
  if (refusal) return photoRefused("portal.errors.photoFailed")
  return redirect(new URL(request.url).pathname, { headers: { "Set-Cookie": await flashPortal(request, main ? "portal.photos.madeMain" : "portal.photos.removed") } })
}

/** The backend's refusals of a sales-point request, in the page's words. */
const SALES_POINT_REFUSALS: Record<SalesPointRefusal, string> = {
  pending: "portal.errors.salesPointPending",
  alreadyThere: "portal.errors.salesPointAlreadyThere",
  notThere: "portal.errors.salesPointNotThere",
  notCertified: "portal.errors.salesPointNotCertified",
  closed: "portal.errors.salesPointClosed",
  unknown: "portal.errors.salesPointUnknown",
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token } = await requireMember(request)
  try {
    if (isMultipart(request)) return await addPhotos(request, token, params.id!)
    const form = await request.formData()
    if (form.get("intent") === "main-photo" || form.get("intent") === "remove-photo") return await changePhoto(request, token, params.id!, form)
    return await saveListing(request, token, params.id!, form)
  } catch (error) {
    // The backend counts photo uploads per producer (plugins/ocop/src/api/rate-limit.ts).
    if (error instanceof TooManyAttempts) return photoRefused("portal.errors.photoRateLimited")
    throw error
  }
}

/** A sales-point request, the description, or a variant's price and stock. */
async function saveListing(request: Request, token: string, productId: string, form: FormData) {
  const url = new URL(request.url).pathname
  if (form.get("intent") === SALES_POINT_INTENT) {
    const parsed = parseForm(salesPointRequestSchema, form)
    // A removal's form has no field to show an error beside: its refusal is the section's.
    const at = form.get("action") === "remove" ? "form" : "sales_point_id"
    if (parsed.errors) return data({ intent: SALES_POINT_INTENT, errors: { [at]: "portal.errors.salesPoint" } as Record<string, string>, values: parsed.values }, { status: 400 })
    const refused = await requestSalesPoint(token, productId, parsed.data)
    if (refused) return data({ intent: SALES_POINT_INTENT, errors: { [at]: SALES_POINT_REFUSALS[refused] } as Record<string, string>, values: parsed.values }, { status: 400 })
    return redirect(url, { headers: { "Set-Cookie": await flashPortal(request, "portal.assortment.requested") } })
  }
  if (form.get("intent") === "description") {
    const parsed = parseForm(descriptionSchema, form)
    if (parsed.errors) return data({ intent: "description", errors: parsed.errors, values: parsed.values }, { status: 400 })
    const refused = await updateProduct(token, productId, parsed.data)
    if (refused) return data({ intent: "description", errors: { description: "portal.errors.description" } as Record<string, string>, values: parsed.values }, { status: 400 })
  } else {
    const parsed = parseForm(variantSchema, form)
    if (parsed.errors) return data({ intent: String(form.get("variant_id") ?? ""), errors: parsed.errors, values: parsed.values }, { status: 400 })
    const refused = await updateVariant(token, productId, parsed.data.variant_id, { price: parsed.data.price, stock: parsed.data.stock })
    if (refused) {
      return data({ intent: parsed.data.variant_id, errors: { stock: refusalKey(refused) } as Record<string, string>, values: parsed.values }, { status: 400 })
    }
  }
  // Post, redirect, get: a reload does not post again, and the page shows what was saved.
  return redirect(url, { headers: { "Set-Cookie": await flashPortal(request, "portal.productEdit.saved") } })
}

/** Đồng grouped as Vietnamese write them ("137.000"), without the sign: what the price field shows and reads back. */
const dong = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 })

export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalProduct() {
  const { me, product, salesPoints, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t, i18n } = usePortalTranslation()
  const busy = navigation.state === "submitting"
  const date = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "vi-VN", { dateStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" })
  const errorsFor = (intent: string): Record<string, string> => (result?.intent === intent ? result.errors : {})
  const valuesFor = (intent: string): Record<string, string> | null => (result?.intent === intent ? (result.values ?? null) : null)
  const descriptionErrors = errorsFor("description")
  // New names and packs; the sales-point requests are listed in their own section.
  const pendingEdits = (product.pending_changes ?? []).filter((change) => change.kind === "title" || change.kind === "variant")
  return (
    <PortalShell me={me} title={product.title} notice={notice ? t(notice) : null}>
      <p className="text-sm text-stone-700">{t("portal.productEdit.readOnly")}</p>
      {product.certification && (
        <p className="mt-2 text-sm font-semibold text-stone-800">
          {t("portal.productEdit.certificate", {
            certificate: product.certification.certificate_no,
            stars: product.certification.stars,
            until: date.format(new Date(product.certification.expires_at)),
          })}{" "}
          · {t(`portal.certificationStates.${product.certification.state}`)}
        </p>
      )}
      {product.status === "draft" && !product.certification && (
        <p className="mt-2 inline-block rounded-full bg-amber-100 px-2 py-1 text-xs font-semibold text-amber-900">{t("portal.catalogue.draftBadge")}</p>
      )}
      {pendingEdits.length ? (
        <section className="mt-4 rounded-xl border border-sky-200 bg-sky-50 p-4" aria-labelledby="pending-changes">
          <h2 id="pending-changes" className="font-bold text-stone-900">
            {t("portal.catalogue.pendingTitle")}
          </h2>
          <p className="mt-1 text-sm text-stone-700">{t("portal.catalogue.pendingIntro")}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {pendingEdits.map((change) => (
              <li key={change.id} className="flex flex-wrap justify-between gap-x-3">
                <span className="break-words font-semibold text-stone-900">
                  {change.kind === "title"
                    ? t("portal.catalogue.pendingTitleChange", { title: change.changes.title ?? product.title })
                    : t("portal.catalogue.pendingVariant", { title: change.changes.title ?? "" })}
                </span>
                <span className="text-sky-900">{t("portal.catalogue.waiting")}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="mt-5 space-y-4">
        <ProductPhotos title={product.title} images={product.images ?? []} error={errorsFor("photos").photos} />
        {product.variants.map((variant) => {
          const errors = errorsFor(variant.id)
          const values = valuesFor(variant.id)
          return (
            // Keyed by what was saved: after a save the form shows the stored values, not the typed ones.
            <Form key={`${variant.id}:${variant.price}:${variant.stocked}`} method="post" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4" noValidate>
              <h2 className="font-bold text-stone-900">{variant.title}</h2>
              <input type="hidden" name="intent" value="variant" />
              <input type="hidden" name="variant_id" value={variant.id} />
              <div className="grid gap-3 sm:grid-cols-2">
                <Field
                  name="price"
                  label={t("portal.productEdit.price")}
                  inputMode="numeric"
                  defaultValue={values?.price ?? (variant.price !== null ? dong.format(variant.price) : "")}
                  error={errors.price}
                  required
                />
                <Field name="stock" label={t("portal.productEdit.stock")} inputMode="numeric" defaultValue={values?.stock ?? String(variant.stocked)} error={errors.stock} required />
              </div>
              <SubmitButton busy={busy}>{t("portal.productEdit.saveVariant")}</SubmitButton>
            </Form>
          )
        })}
        <Form method="post" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4" noValidate>
          <input type="hidden" name="intent" value="description" />
          <label htmlFor="field-description" className="block text-sm font-semibold text-stone-800">
            {t("portal.productEdit.description")}
          </label>
          <textarea
            id="field-description"
            name="description"
            rows={6}
            maxLength={5000}
            aria-invalid={descriptionErrors.description ? true : undefined}
            aria-describedby={descriptionErrors.description ? "field-description-error" : undefined}
            defaultValue={valuesFor("description")?.description ?? product.description ?? ""}
            className="block w-full rounded-lg border border-stone-300 bg-white p-3 text-base text-stone-900"
          />
          {descriptionErrors.description && <FieldError id="field-description-error" error={descriptionErrors.description} />}
          <SubmitButton busy={busy}>{t("portal.productEdit.saveDescription")}</SubmitButton>
        </Form>
      </div>
      <SalesPointsSection product={product} salesPoints={salesPoints} errors={errorsFor(SALES_POINT_INTENT)} busy={busy} />
      <p className="mt-6">
        <LocaleLink to="/kenh-nguoi-ban/san-pham" className="font-semibold text-ocop-800 underline underline-offset-4">
          {t("portal.productEdit.back")}
        </LocaleLink>
      </p>
    </PortalShell>
  )
}
