/**
 * A form post with photos (multipart), read part by part: a file stops being read the moment it passes the size
 * limit, no more photos than allowed are read at all, and parts the form does not have are skipped unread, so a
 * huge or endless post costs the storefront at most the limits' worth of memory before it is refused. The files
 * then go to the backend, which checks them again by their bytes. Used by the portal's product photos and by the
 * buyers' review form.
 */
import {
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  MaxPartSizeExceededError,
} from "@remix-run/node"
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from "./photos"

export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")
}

export type PhotoProblem = "tooLarge" | "tooMany" | "type" | "failed" | "rateLimited"
export type PhotoForm = { form: FormData; files: File[]; problem?: undefined } | { form?: undefined; files?: undefined; problem: PhotoProblem }

class TooManyParts extends Error {}

/**
 * The post's `field` photos (empty file inputs dropped) and its `textFields`, each within the limits; or what is
 * wrong with it. A post cut off half-way, or not multipart at all, is "failed".
 */
export async function readPhotoForm(request: Request, { field, max, textFields = [] }: { field: string; max: number; textFields?: string[] }): Promise<PhotoForm> {
  // A text field is a few thousand characters at most (a review's 2 000 in four-byte letters).
  const photos = unstable_createMemoryUploadHandler({ maxPartSize: MAX_PHOTO_BYTES })
  const texts = unstable_createMemoryUploadHandler({ maxPartSize: 16 * 1024 })
  let files = 0
  try {
    const form = await unstable_parseMultipartFormData(request, async (part) => {
      if (part.name === field && part.filename !== undefined) {
        if (++files > max) throw new TooManyParts()
        return photos(part)
      }
      return textFields.includes(part.name) && part.filename === undefined ? texts(part) : undefined
    })
    // A file input left empty still sends a part: a nameless file of no bytes.
    const chosen = form.getAll(field).filter((value): value is File => value instanceof File && value.size > 0)
    if (chosen.length > max) return { problem: "tooMany" }
    if (chosen.some((file) => !(PHOTO_TYPES as readonly string[]).includes(file.type))) return { problem: "type" }
    return { form, files: chosen }
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { problem: "tooLarge" }
    if (error instanceof TooManyParts) return { problem: "tooMany" }
    return { problem: "failed" }
  }
}

/** The backend's refusal of photos (its English half), as one of the problems a page explains. */
export function photoRefusal(message: string): PhotoProblem | null {
  if (/not a JPEG, PNG or WebP/.test(message)) return "type"
  if (/at most \d+ MB/.test(message)) return "tooLarge"
  if (/at most \d+ photos/.test(message)) return "tooMany"
  if (/too many attempts/.test(message)) return "rateLimited"
  return null
}
