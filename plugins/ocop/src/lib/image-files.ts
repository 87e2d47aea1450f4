/**
 * Photos people upload (producers' product photos, buyers' review photos): which files are photos, by their bytes,
 * and the name each is stored under. The name and the type the browser sent are the sender's word: a script named
 * `.png` must not be served as a picture of ours.
 */
import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

/** A phone's photo is 2–4 MB as JPEG; a larger file is a scan or a raw camera file nobody needs on a page. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024

export type ImageKind = { mime: "image/jpeg" | "image/png" | "image/webp"; extension: "jpg" | "png" | "webp" }

/** What the file is, read from its first bytes, or null for anything but JPEG, PNG and WebP. */
export function imageKindOf(bytes: Uint8Array): ImageKind | null {
  const starts = (signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte)
  if (starts([0xff, 0xd8, 0xff])) return { mime: "image/jpeg", extension: "jpg" }
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", extension: "png" }
  // RIFF <size> WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return { mime: "image/webp", extension: "webp" }
  return null
}

/**
 * The stored file's name: a prefix of ours (the product's handle) and a random part. Never the sender's name: it
 * may hold a path, a script's extension or words the sender did not mean to publish.
 */
export function storedImageName(prefix: string, kind: ImageKind): string {
  return `${prefix.slice(0, 80)}-${randomBytes(6).toString("hex")}.${kind.extension}`
}

/** A file that is not a photo, named as its sender named it (cut short: the name is hers, not ours). */
export const notAPhoto = (name: string) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Tệp "${name.slice(0, 100)}" không phải ảnh JPEG, PNG hay WebP / "${name.slice(0, 100)}" is not a JPEG, PNG or WebP photo`,
    "not_an_image"
  )
