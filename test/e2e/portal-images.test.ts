/**
 * A product's photos in the seller portal on a phone (issue 17), in Debian's chromium against the stack `npm test`
 * started: the seeded cooperative's owner signs in, uploads a photo of one of her products, sees it beside the
 * seed's picture, makes it the main photo, and the shop's card and page follow. Then the same form without
 * JavaScript refuses a text file named .png. Screenshots go to docs/screenshots/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { cooperativeProducts, photoPng, producerToken } from "../support/photos"
import { readStack, storeGet } from "../support/stack"

const stack = readStack()
const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../docs/screenshots")
const PHONE = { width: 390, height: 844 }

let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function signIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/dang-nhap`)
  await page.getByLabel("E-mail").fill(stack.producer_email)
  await page.getByLabel("Mật khẩu").fill(stack.producer_password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban", { timeout: 15_000 })
  return page
}

describe("a product's photos in the seller portal", () => {
  it("uploads a photo from a phone, shows it, and makes it the main photo of the shop's card and page", async () => {
    // A product the shop shows (the cooperative has one; the gallery test adds photos to it too, either before or after).
    const [product] = await cooperativeProducts(stack, await producerToken(stack))
    expect(product, "the seeded cooperative has a product on show").toBeTruthy()
    const before = product!.images.length

    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
    const { page, problems } = await openPage(context)
    await signIn(context).then((signedIn) => signedIn.close())
    await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/san-pham/${product!.id}`, { waitUntil: "networkidle" })
    const photos = page.getByRole("region", { name: "Ảnh sản phẩm" })
    expect(await photos.getByRole("listitem").count()).toBe(before)

    await photos.getByLabel("Chọn ảnh", { exact: true }).setInputFiles({ name: "vuon-ca-phe.png", mimeType: "image/png", buffer: photoPng(480, [46, 98, 52], [214, 170, 84]) })
    // The picker speaks the page's language, not the browser's "Choose Files", and says what was chosen.
    await expect.poll(() => photos.getByText("Đã chọn 1 ảnh").isVisible()).toBe(true)
    await photos.getByRole("button", { name: "Tải ảnh lên" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 15_000 }).toBe("Đã thêm ảnh.")
    expect(await photos.getByRole("listitem").count()).toBe(before + 1)
    const newest = photos.getByRole("listitem").last()
    const uploadedUrl = await newest.getByRole("img").getAttribute("src")
    expect(uploadedUrl).toMatch(/\.png$/)
    // The browser shows the picture itself, not a broken one.
    await expect.poll(() => newest.getByRole("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBe(480)

    await photos.getByRole("button", { name: `Đặt ảnh ${before + 1} làm ảnh chính` }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 15_000 }).toBe("Đã đổi ảnh chính.")
    const first = photos.getByRole("listitem").first()
    expect(await first.getByRole("img").getAttribute("src")).toBe(uploadedUrl)
    expect(await first.getByText("Ảnh chính").count()).toBe(1)
    await photos.screenshot({ path: path.join(screenshots, "portal-photos-390.png") })

    // The shop: the product page's first photo at once, the catalogue's card once its read model follows.
    expect((await storeGet(stack, `/store/ocop/products/${product!.handle}`)).body.product.images[0].url).toBe(uploadedUrl)
    await expect
      .poll(async () => (await storeGet(stack, `/store/ocop/products?handle=${product!.handle}`)).body.products[0].thumbnail, { timeout: 15_000 })
      .toBe(uploadedUrl)
    expect(problems).toEqual([])
    await context.close()
  })

  it("works without JavaScript, and refuses a text file named .png in the page's words", async () => {
    // Another of the cooperative's products: photos of a product out of the shop are the producer's to manage too.
    const [, third] = await cooperativeProducts(stack, await producerToken(stack))
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await signIn(context)
    await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/san-pham/${third!.id}`)
    const photos = page.getByRole("region", { name: "Ảnh sản phẩm" })
    const count = await photos.getByRole("listitem").count()
    await photos.getByLabel("Chọn ảnh", { exact: true }).setInputFiles({ name: "khong-phai-anh.png", mimeType: "image/png", buffer: Buffer.from("day khong phai la anh") })
    await photos.getByRole("button", { name: "Tải ảnh lên" }).click()
    await expect.poll(() => photos.getByText("Chỉ nhận ảnh JPEG, PNG hoặc WebP.").count(), { timeout: 15_000 }).toBe(1)
    expect(await photos.getByRole("listitem").count()).toBe(count)

    await photos.getByLabel("Chọn ảnh", { exact: true }).setInputFiles({ name: "anh.png", mimeType: "image/png", buffer: photoPng(64, [120, 72, 36], [60, 30, 10]) })
    await photos.getByRole("button", { name: "Tải ảnh lên" }).click()
    await page.waitForLoadState()
    expect(await page.getByRole("status").innerText()).toBe("Đã thêm ảnh.")
    expect(await photos.getByRole("listitem").count()).toBe(count + 1)
    await photos.getByRole("button", { name: `Xoá ảnh ${count + 1}` }).click()
    await page.waitForLoadState()
    expect(await page.getByRole("status").innerText()).toBe("Đã xoá ảnh.")
    expect(await photos.getByRole("listitem").count()).toBe(count)
    await context.close()
  })
})
