/**
 * Product photos for the browser tests: real PNGs (pngjs) that look like something in a screenshot, and the
 * seeded cooperative owner's uploads through the seller portal's API.
 */
import { PNG } from "pngjs"
import type { StackInfo } from "./stack"

/** A square PNG: a diagonal blend of two colours, so two photos are told apart at a glance. */
export function photoPng(size: number, from: [number, number, number], to: [number, number, number]): Buffer {
  const image = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * size - 2)
      const at = (y * size + x) * 4
      for (let c = 0; c < 3; c++) image.data[at + c] = Math.round(from[c]! + (to[c]! - from[c]!) * t)
      image.data[at + 3] = 255
    }
  }
  return PNG.sync.write(image)
}

export async function producerToken(stack: StackInfo): Promise<string> {
  const login = await fetch(`${stack.backend_url}/auth/producer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.producer_email, password: stack.producer_password }),
  })
  return ((await login.json()) as { token: string }).token
}

export type PortalProduct = {
  id: string
  handle: string
  title: string
  status: string
  images: { id: string; url: string }[]
  certification: { stars: number } | null
}

/** The seeded cooperative's products as its portal lists them, those the shop shows (3 stars or more) first. */
export async function cooperativeProducts(stack: StackInfo, token: string): Promise<PortalProduct[]> {
  const answer = await fetch(`${stack.backend_url}/producer/products?limit=100`, { headers: { authorization: `Bearer ${token}` } })
  const { products } = (await answer.json()) as { products: PortalProduct[] }
  const onShow = (product: PortalProduct) => product.status === "published" && (product.certification?.stars ?? 0) >= 3
  return products.sort((a, b) => Number(onShow(b)) - Number(onShow(a)) || a.handle.localeCompare(b.handle))
}

export async function uploadPhotos(stack: StackInfo, token: string, productId: string, photos: Buffer[]): Promise<PortalProduct> {
  const form = new FormData()
  photos.forEach((bytes, index) => form.append("images", new Blob([bytes], { type: "image/png" }), `anh-${index + 1}.png`))
  const answer = await fetch(`${stack.backend_url}/producer/products/${productId}/images`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
  const body = (await answer.json()) as { product: PortalProduct; message?: string }
  if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${body.message}`)
  return body.product
}
