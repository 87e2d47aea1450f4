/**
 * The photo upload form's post (multipart, field `images`), read part by part: a file stops being read the moment
 * it passes the size limit, and no more than a product's photos are read at all, so a huge or endless post costs
 * the storefront at most the limits' worth of memory before it is refused. The files then go to the backend,
 * which checks them again by their bytes.
 */
import {
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  MaxPartSizeExceededError,
} from "@remix-run/node"
import { MAX_PHOTO_BYTES, MAX_PHOTOS, photoUploadSchema } from "./schemas"

export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")
}

class TooManyParts extends Error {}

export type PhotoUpload = { files: File[]; error?: undefined } | { files?: undefined; error: string }

export async function readPhotoUpload(request: Request): Promise<PhotoUpload> {
  const inMemory = unstable_createMemoryUploadHandler({ maxPartSize: MAX_PHOTO_BYTES })
  let parts = 0
  try {
    const form = await unstable_parseMultipartFormData(request, async (part) => {
      // Only the photos are read; any other part of the form is skipped unread.
      if (part.name !== "images") return undefined
      if (++parts > MAX_PHOTOS) throw new TooManyParts()
      return inMemory(part)
    })
    // A file input left empty still sends a part: a nameless file of no bytes.
    const files = form.getAll("images").filter((value): value is File => value instanceof File && value.size > 0)
    const parsed = photoUploadSchema.safeParse({ images: files })
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "portal.errors.photoFailed" }
    return { files: parsed.data.images }
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { error: "portal.errors.photoTooLarge" }
    if (error instanceof TooManyParts) return { error: "portal.errors.photoTooMany" }
    // A post cut off half-way, or not multipart at all.
    return { error: "portal.errors.photoFailed" }
  }
}

/** The backend's refusal of photos, as one of the page's messages. */
export function photoRefusalKey(message: string): string {
  if (/not a JPEG, PNG or WebP/.test(message)) return "portal.errors.photoType"
  if (/at most \d+ MB/.test(message)) return "portal.errors.photoTooLarge"
  if (/at most \d+ photos/.test(message)) return "portal.errors.photoTooMany"
  if (/too many attempts/.test(message)) return "portal.errors.photoRateLimited"
  return "portal.errors.photoFailed"
}
