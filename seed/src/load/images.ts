/**
 * Product pictures: the seed's own SVG illustrations (seed/src/images), written as files through Medusa's File
 * Module, so the backend serves them like any uploaded image (local provider in development, S3 in
 * production) and the product records hold ordinary URLs.
 */
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { productIllustration, type Motif } from "../images/illustration"
import { chunks, type Container } from "./util"

export type Illustration = { key: string; title: string; motif: Motif; label?: string }

const BATCH = 100

/** Uploads one SVG per illustration; returns each one's public URL by key. */
export async function uploadIllustrations(container: Container, illustrations: readonly Illustration[]) {
  const urls = new Map<string, string>()
  for (const batch of chunks(illustrations, BATCH)) {
    const { result } = await uploadFilesWorkflow(container).run({
      input: {
        files: batch.map((item) => ({
          filename: `ocop/${item.key}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(productIllustration(item), "utf8").toString("base64"),
          access: "public" as const,
        })),
      },
    })
    result.forEach((file, i) => urls.set(batch[i]!.key, file.url))
  }
  return urls
}
