/** The portal's photo upload form (multipart, field `images`), read with limits and explained in the portal's words. */
import { photoRefusal, readPhotoForm, type PhotoProblem } from "~/lib/photo-upload.server"
import { MAX_PHOTOS } from "./schemas"

export { isMultipart } from "~/lib/photo-upload.server"

const PROBLEMS: Record<PhotoProblem, string> = {
  tooLarge: "portal.errors.photoTooLarge",
  tooMany: "portal.errors.photoTooMany",
  type: "portal.errors.photoType",
  rateLimited: "portal.errors.photoRateLimited",
  failed: "portal.errors.photoFailed",
}

export type PhotoUpload = { files: File[]; error?: undefined } | { files?: undefined; error: string }

export async function readPhotoUpload(request: Request): Promise<PhotoUpload> {
  const read = await readPhotoForm(request, { field: "images", max: MAX_PHOTOS })
  if (read.problem) return { error: PROBLEMS[read.problem] }
  if (!read.files.length) return { error: "portal.errors.photoNone" }
  return { files: read.files }
}

/** The backend's refusal of photos, as one of the page's messages. */
export function photoRefusalKey(message: string): string {
  const problem = photoRefusal(message)
  return problem ? PROBLEMS[problem] : "portal.errors.photoFailed"
}
