/**
 * Photos with a buyer's review (issue 21): as on Shopee and Tiki, a few pictures of what arrived. They are checked
 * by their bytes (lib/image-files.ts), stored through the File Module when the review is written, and shown and
 * hidden with the review: a photo has no life of its own.
 */
import { imageKindOf, notAPhoto, storedImageName } from "../lib/image-files"

/** A few angles of what arrived; more makes a review a gallery nobody scrolls. */
export const MAX_REVIEW_PHOTOS = 3

/** The form field that carries them (`<input type="file" name="photos" multiple>`). */
export const REVIEW_PHOTOS_FIELD = "photos"

/** A photo ready for the File Module: checked already, `content` in base64 as Medusa's upload workflow takes it. */
export type ReviewPhotoUpload = { filename: string; mimeType: string; content: string }

/**
 * The posted files as the review's photos, in the order sent; an empty part (a file input left empty) is no
 * photo. Anything but JPEG, PNG or WebP refuses the whole review, before anything is written.
 */
export function reviewPhotoUploads(productHandle: string, files: { buffer: Buffer; originalname: string; size: number }[]): ReviewPhotoUpload[] {
  return files
    .filter((file) => file.size > 0)
    .map((file) => {
      const kind = imageKindOf(file.buffer)
      if (!kind) throw notAPhoto(file.originalname)
      return { filename: storedImageName(`review-${productHandle}`, kind), mimeType: kind.mime, content: file.buffer.toString("base64") }
    })
}
