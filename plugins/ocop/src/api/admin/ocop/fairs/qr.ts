/**
 * The admin's QR downloads of a fair: a booth's code (its page) and the code of each product it shows (the
 * product's page with the fair as referral), as SVG to print large or PNG for a document (src/fairs/referral.ts).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storefrontUrl } from "../../../../notifications/mails"
import { qrPng, qrSvg } from "../../../../stamps/qr"
import { notFound } from "../../../utils/not-found"
import { boothQrUrl, productQrUrl } from "../../../../fairs/referral"

/** The booth of that fair with its fair's handle and the products it shows (their ids and handles); 404 otherwise. */
export async function boothOfFair(container: MedusaContainer, fairId: string, boothId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "booth",
    fields: ["id", "number", "fair_id", "fair.handle", "products.id", "products.handle"],
    filters: { id: boothId, fair_id: fairId },
  })
  const booth = data[0] as any
  if (!booth) notFound("gian hàng", "booth", boothId)
  return {
    id: booth.id as string,
    number: booth.number as string,
    fair_handle: booth.fair.handle as string,
    products: ((booth.products ?? []) as any[]).filter(Boolean).map((p) => ({ id: p.id as string, handle: p.handle as string })),
  }
}

export async function boothQrTarget(container: MedusaContainer, fairId: string, boothId: string) {
  const booth = await boothOfFair(container, fairId, boothId)
  return { url: boothQrUrl(storefrontUrl(), booth.fair_handle, booth.number), name: `${booth.fair_handle}-gian-${booth.number}` }
}

export async function productQrTarget(container: MedusaContainer, fairId: string, boothId: string, productId: string) {
  const booth = await boothOfFair(container, fairId, boothId)
  const product = booth.products.find((p) => p.id === productId)
  if (!product) notFound(`sản phẩm tại gian ${booth.number}:`, `product at booth ${booth.number}:`, productId)
  return {
    url: productQrUrl(storefrontUrl(), product.handle, booth.fair_handle, booth.number),
    name: `${booth.fair_handle}-gian-${booth.number}-${product.handle}`,
  }
}

/** Sends the code as an attachment, its address in `X-OCOP-QR-Url` (as the certificate's QR route does). */
export async function sendQr(res: MedusaResponse, target: { url: string; name: string }, format: "svg" | "png") {
  const name = target.name.replace(/[^A-Za-z0-9-]+/g, "-").slice(0, 150)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-OCOP-QR-Url", encodeURI(target.url))
  if (format === "png") {
    res.setHeader("Content-Type", "image/png")
    res.setHeader("Content-Disposition", `attachment; filename="${name}.png"`)
    res.send(await qrPng(target.url))
  } else {
    res.setHeader("Content-Type", "image/svg+xml; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${name}.svg"`)
    res.send(await qrSvg(target.url))
  }
}
