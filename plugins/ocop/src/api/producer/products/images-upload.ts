import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_PRODUCT } from "../../../producers/product-images"

/** The form field that carries the photos, one part per file (`<input type="file" name="images" multiple>`). */
export const IMAGES_FIELD = "images"

/**
 * Multer in memory, as Medusa's own `POST /admin/uploads` (its workflows take a file's content, not a stream), with
 * limits so that memory stays bounded: no more than the photos a product can hold, each within the size, no text
 * fields. Multer stops reading at the first part over a limit.
 */
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_IMAGES_PER_PRODUCT, fields: 0, parts: MAX_IMAGES_PER_PRODUCT },
}).array(IMAGES_FIELD, MAX_IMAGES_PER_PRODUCT)

const MEGABYTES = MAX_IMAGE_BYTES / 1024 / 1024

/** Multer's refusals in words a producer can act on; a broken upload is her browser's, never a 500. */
export function uploadProductImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (error: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    const [vi, en, reason] =
      code === "LIMIT_FILE_SIZE"
        ? [`Mỗi ảnh tối đa ${MEGABYTES} MB`, `each photo takes at most ${MEGABYTES} MB`, "image_too_large"]
        : code === "LIMIT_FILE_COUNT" || code === "LIMIT_PART_COUNT"
          ? [`Mỗi lần tải tối đa ${MAX_IMAGES_PER_PRODUCT} ảnh`, `at most ${MAX_IMAGES_PER_PRODUCT} photos at a time`, "too_many_images"]
          : code === "LIMIT_UNEXPECTED_FILE" || code === "LIMIT_FIELD_COUNT"
            ? [`Gửi ảnh trong trường "${IMAGES_FIELD}", không kèm trường khác`, `send the photos in the field "${IMAGES_FIELD}" and nothing else`, "unexpected_field"]
            : ["Dữ liệu tải lên hỏng", "the upload is broken", "broken_upload"]
    next(new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`, reason))
  })
}
