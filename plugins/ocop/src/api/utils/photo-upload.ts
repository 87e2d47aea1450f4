import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_PHOTO_BYTES } from "../../lib/image-files"
import { requestGuard } from "../guard/request-guard"

const MEGABYTES = MAX_PHOTO_BYTES / 1024 / 1024

/**
 * A multipart post of photos (one part per file in `field`), read by multer in memory as Medusa's own
 * `POST /admin/uploads` (its workflows take a file's content, not a stream), with limits so that memory stays
 * bounded: no more than `maxFiles` photos, each within the size, and no text fields but `textFields`, each short.
 * Multer stops reading at the first part over a limit; its refusals come out in words the sender can act on, a
 * broken upload is her browser's, never a 500. A post that is not multipart passes untouched (JSON stays JSON).
 */
export function photoUpload({ field, maxFiles, textFields = [] }: { field: string; maxFiles: number; textFields?: string[] }) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: {
      fileSize: MAX_PHOTO_BYTES,
      files: maxFiles,
      fields: textFields.length,
      // A text field is a few thousand characters at most (a review's 2 000 in four-byte letters).
      fieldSize: 16 * 1024,
      parts: maxFiles + textFields.length,
    },
  }).array(field, maxFiles)
  return function uploadPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    upload(req as any, res as any, (error: unknown) => {
      if (!error) {
        // Multer read the form's text fields into the body: none but those named may come with the photos.
        const multipart = !!req.is("multipart/form-data")
        const unexpected = multipart && Object.keys((req.body ?? {}) as object).some((name) => !textFields.includes(name))
        // The request guard ran before any body was read: it now checks the fields multer read (a NUL byte).
        if (!unexpected) return requestGuard(req, res, next)
        error = { code: "LIMIT_UNEXPECTED_FILE" }
      }
      const code = (error as { code?: string }).code
      const [vi, en, reason] =
        code === "LIMIT_FILE_SIZE"
          ? [`Mỗi ảnh tối đa ${MEGABYTES} MB`, `each photo takes at most ${MEGABYTES} MB`, "image_too_large"]
          : code === "LIMIT_FILE_COUNT" || code === "LIMIT_PART_COUNT"
            ? [`Mỗi lần tải tối đa ${maxFiles} ảnh`, `at most ${maxFiles} photos at a time`, "too_many_images"]
            : code === "LIMIT_UNEXPECTED_FILE" || code === "LIMIT_FIELD_COUNT" || code === "LIMIT_FIELD_KEY" || code === "LIMIT_FIELD_VALUE"
              ? [`Gửi ảnh trong trường "${field}"`, `send the photos in the field "${field}"`, "unexpected_field"]
              : ["Dữ liệu tải lên hỏng", "the upload is broken", "broken_upload"]
      next(new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`, reason))
    })
  }
}
