/** Photos people upload from the storefront (the portal's product photos, buyers' review photos). */

/** The backend's limit per photo (plugins/ocop/src/lib/image-files.ts). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024
/** What file pickers offer; the backend judges each file by its bytes, whatever type the browser names. */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
