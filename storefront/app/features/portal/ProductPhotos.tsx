import { Form, useNavigation } from "@remix-run/react"
import { FieldError, SubmitButton } from "~/components/form"
import { ProductImage } from "~/components/ProductImage"
import { PhotoPicker } from "~/components/PhotoPicker"
import { MAX_PHOTO_BYTES } from "~/lib/photos"
import { MAX_PHOTOS } from "./schemas"
import { usePortalTranslation } from "./strings"

/**
 * A product's photos in the seller portal: a grid (two a row on a phone), the main photo first and marked, each
 * with its own small forms (make it the main photo, take it off), and the upload form. Every form is a plain post
 * that works without JavaScript; the upload is `multipart/form-data`.
 */
export function ProductPhotos({ title, images, error }: { title: string; images: { id: string; url: string }[]; error?: string }) {
  const { t } = usePortalTranslation()
  const navigation = useNavigation()
  const uploading = navigation.state === "submitting" && navigation.formEncType === "multipart/form-data"
  const full = images.length >= MAX_PHOTOS
  return (
    <section aria-labelledby="photos-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="photos-heading" className="font-bold text-stone-900">
        {t("portal.photos.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("portal.photos.intro", { count: MAX_PHOTOS, megabytes: MAX_PHOTO_BYTES / 1024 / 1024 })}</p>
      {images.length ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label={t("portal.photos.list")}>
          {images.map((image, index) => (
            <li key={image.id} className="overflow-hidden rounded-lg border border-stone-200">
              <div className="relative">
                <ProductImage src={image.url} size={240} alt={t("portal.photos.alt", { title, number: index + 1 })} />
                {index === 0 && (
                  <span className="absolute left-2 top-2 rounded-full bg-ocop-800 px-2 py-0.5 text-xs font-semibold text-white">
                    {t("portal.photos.main")}
                  </span>
                )}
              </div>
              <div className="flex flex-col gap-1 p-2">
                {index > 0 && (
                  <Form method="post">
                    <input type="hidden" name="intent" value="main-photo" />
                    <input type="hidden" name="image_id" value={image.id} />
                    <button
                      type="submit"
                      aria-label={t("portal.photos.makeMainNumber", { number: index + 1 })}
                      className="min-h-11 w-full rounded-lg border border-ocop-800 px-2 text-sm font-semibold text-ocop-800"
                    >
                      {t("portal.photos.makeMain")}
                    </button>
                  </Form>
                )}
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-photo" />
                  <input type="hidden" name="image_id" value={image.id} />
                  <button
                    type="submit"
                    aria-label={t("portal.photos.removeNumber", { number: index + 1 })}
                    className="min-h-11 w-full rounded-lg px-2 text-sm font-semibold text-red-800 underline underline-offset-4"
                  >
                    {t("portal.photos.remove")}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">{t("portal.photos.none")}</p>
      )}
      {full ? (
        <p className="text-sm font-semibold text-stone-800">{t("portal.photos.full", { count: MAX_PHOTOS })}</p>
      ) : (
        // Keyed by the photos' count: after an upload the picker is empty again, not still naming the files sent.
        <Form key={images.length} method="post" encType="multipart/form-data" className="space-y-2" noValidate>
          <PhotoPicker
            id="field-photos"
            name="images"
            title={t("portal.photos.choose")}
            button={t("portal.photos.pick")}
            chosen={(count) => t("portal.photos.chosen", { count })}
            hint={t("portal.photos.hint", { count: MAX_PHOTOS - images.length })}
            error={error}
          />
          <SubmitButton busy={uploading}>{t("portal.photos.upload")}</SubmitButton>
        </Form>
      )}
      {full && error && <FieldError id="field-photos-error" error={error} />}
    </section>
  )
}
