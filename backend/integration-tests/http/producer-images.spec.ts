/**
 * A producer's photos of its own products through the seller portal's API (issue 17): members (owners and staff)
 * upload JPEG, PNG or WebP photos through Medusa's File Module, choose the main photo by putting it first, and take
 * photos off; the store shows them at once (a photo does not change what the certificate covers). Files are
 * judged by their bytes, not their names; sizes and counts are limited; another producer's member meets 404s;
 * every refusal is a 4xx that writes nothing.
 */
import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loginAsAdmin, producerBody, type Headers } from "../fixtures/admin"
import { settle } from "../fixtures/checkout"
import { multipart, png, uploadsToTempDir, type Part } from "../fixtures/images"
import { mailsTo, waitForMail } from "../fixtures/mail"
import { certify, createProduct, createStorefront, daysFrom, type CreatedProduct, type Storefront } from "../fixtures/ocop"

const uploads = uploadsToTempDir()

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let storefront: Storefront
    let store: Headers
    let producerA: { id: string; handle: string }
    let producerB: { id: string; handle: string }
    let productA: CreatedProduct
    let productB: CreatedProduct
    let ownerA: Headers
    let staffA: Headers
    let ownerB: Headers

    const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })

    async function member(producerId: string, email: string, role: "owner" | "staff") {
      const seen = mailsTo("ocop-producer-invite", email).length
      expect((await api.post(`/admin/ocop/producers/${producerId}/members/invites`, { email, role }, admin)).status).toBe(201)
      const mail = await waitForMail("ocop-producer-invite", email, seen)
      const token = new URL(mail.data.link).searchParams.get("token")!
      const registered = await api.post("/auth/producer/emailpass/register", { email, password: "mat-khau-1234" })
      expect((await api.post("/producer/invites/accept", { token, name: "H'Hoa" }, bearer(registered.data.token))).status).toBe(201)
      return bearer((await api.post("/auth/producer/emailpass", { email, password: "mat-khau-1234" })).data.token)
    }

    beforeAll(async () => {
      admin = await loginAsAdmin(api, getContainer())
      producerA = (await api.post("/admin/ocop/producers", producerBody(), admin)).data.producer
      producerB = (await api.post("/admin/ocop/producers", producerBody({ handle: "htx-mat-ong-krong-bong", name: "HTX Mật ong Krông Bông", email: "htx.krongbong@example.com" }), admin)).data.producer
      storefront = await createStorefront(getContainer())
      store = { headers: { "x-publishable-api-key": storefront.publishableKey } }
      productA = await createProduct(getContainer(), storefront, {
        handle: "ca-phe-ea-tu",
        title: "Cà phê Ea Tu",
        variants: [{ title: "Gói 500 g", sku: "ca-phe-ea-tu-500", price_vnd: 120_000, stock: 30 }],
      })
      productB = await createProduct(getContainer(), storefront, {
        handle: "mat-ong-krong-bong",
        title: "Mật ong Krông Bông",
        variants: [{ title: "Chai 500 ml", sku: "mat-ong-krong-bong-500", price_vnd: 180_000, stock: 12 }],
      })
      await api.post(`/admin/ocop/products/${productA.id}/producer`, { producer_id: producerA.id }, admin)
      await api.post(`/admin/ocop/products/${productB.id}/producer`, { producer_id: producerB.id }, admin)
      await certify(getContainer(), productA.id, { score: 74, group: "food", sub_group: "coffee_cacao", certificate_no: "OCOP-DL-2026-801", issued_at: daysFrom(new Date(), -1) })
      ownerA = await member(producerA.id, "chu-a@example.vn", "owner")
      staffA = await member(producerA.id, "nv-a@example.vn", "staff")
      ownerB = await member(producerB.id, "chu-b@example.vn", "owner")
    })

    const upload = (productId: string, parts: Part[], who?: Headers, query = "") => {
      const { body, config } = multipart(parts, (who?.headers ?? {}) as Record<string, string>)
      return settle(api.post(`/producer/products/${productId}/images${query}`, body, config))
    }
    const photo = (name: string, rgb: [number, number, number] = [120, 72, 36]): Part => ({ filename: name, bytes: png(8, 8, rgb) })
    /** The product's images and thumbnail as Medusa's admin reads them: what a refusal must leave as it was. */
    const adminView = async (productId: string) => {
      const product = (await api.get(`/admin/products/${productId}?fields=thumbnail,images.id,images.url,images.rank`, admin)).data.product
      return JSON.stringify({ thumbnail: product.thumbnail, images: [...product.images].sort((a: any, b: any) => a.rank - b.rank).map((i: any) => i.url) })
    }
    const storeProduct = async () => {
      const answer = await settle(api.get(`/store/ocop/products/${productA.handle}`, store))
      expect(answer.status, JSON.stringify(answer.data)).toBe(200)
      return answer.data.product
    }
    const cardThumbnail = async () => (await api.get(`/store/ocop/products?handle=${productA.handle}`, store)).data.products[0]?.thumbnail ?? null

    it("a staff member's photo shows in the store at once; the first photo is the main one; a photo taken off is deleted", async () => {
      // The product came with the programme's picture: new photos go after it until someone chooses otherwise.
      const [programmes] = (await api.get(`/producer/products/${productA.id}`, staffA)).data.product.images
      expect(programmes).toBeTruthy()
      const first = await upload(productA.id, [photo("vuon-ca-phe.png")], staffA)
      expect(first.status, JSON.stringify(first.data)).toBe(201)
      const [, one] = first.data.product.images
      expect(one.url).toMatch(/\/static\/.*ca-phe-ea-tu-[0-9a-f]{12}\.png$/)
      // The sender's file name is not what is stored.
      expect(one.url).not.toContain("vuon-ca-phe")
      expect(first.data.product.thumbnail).toBe(programmes.url)

      // The store's product page shows it at once; the file store holds the very bytes sent.
      expect((await storeProduct()).images).toEqual([programmes, { id: one.id, url: one.url }])
      expect(fs.readFileSync(uploads.fileOf(one.url)).equals(png())).toBe(true)

      // Two more in one upload, after the others, in the order sent.
      const more = await upload(productA.id, [photo("hat.png", [60, 30, 10]), photo("goi.png", [200, 180, 150])], staffA)
      expect(more.status, JSON.stringify(more.data)).toBe(201)
      const ids = more.data.product.images.map((i: any) => i.id)
      expect(ids).toHaveLength(4)
      expect(ids.slice(0, 2)).toEqual([programmes.id, one.id])
      const [, , second, third] = more.data.product.images

      // The owner makes the last one the main photo: the thumbnail and the catalogue's card follow.
      const order = [third.id, programmes.id, one.id, second.id]
      const ordered = await api.post(`/producer/products/${productA.id}/images/order`, { image_ids: order }, ownerA)
      expect(ordered.status).toBe(200)
      expect(ordered.data.product.images.map((i: any) => i.id)).toEqual(order)
      expect(ordered.data.product.thumbnail).toBe(third.url)
      expect((await storeProduct()).images.map((i: any) => i.id)).toEqual(order)
      await expect.poll(cardThumbnail, { timeout: 10_000 }).toBe(third.url)

      // Taking the main photo off: the next one is the main photo, and the uploaded file is gone from the server.
      const removed = await api.delete(`/producer/products/${productA.id}/images/${third.id}`, staffA)
      expect(removed.status).toBe(200)
      expect(removed.data.product.images.map((i: any) => i.id)).toEqual([programmes.id, one.id, second.id])
      expect(removed.data.product.thumbnail).toBe(programmes.url)
      expect((await storeProduct()).images.map((i: any) => i.id)).toEqual([programmes.id, one.id, second.id])
      expect(fs.existsSync(uploads.fileOf(third.url))).toBe(false)
      expect(fs.existsSync(uploads.fileOf(one.url))).toBe(true)
      await expect.poll(cardThumbnail, { timeout: 10_000 }).toBe(programmes.url)

      // Taking every photo off leaves no thumbnail, not a broken one.
      for (const image of [programmes, one]) expect((await api.delete(`/producer/products/${productA.id}/images/${image.id}`, staffA)).status).toBe(200)
      const none = await api.delete(`/producer/products/${productA.id}/images/${second.id}`, staffA)
      expect(none.data.product).toMatchObject({ images: [], thumbnail: null })
      await expect.poll(cardThumbnail, { timeout: 10_000 }).toBe(null)
    })

    it("refuses a file that is not a photo, one too large, the 11th photo and bad lists, in both languages, writing nothing", async () => {
      const kept = await upload(productA.id, [photo("a.png")], ownerA)
      expect(kept.status, JSON.stringify(kept.data)).toBe(201)
      const before = await adminView(productA.id)
      const refusals: [string, () => Promise<any>, number, string | null][] = [
        ["a text file named .png", () => upload(productA.id, [{ filename: "anh.png", bytes: Buffer.from("<script>alert(1)</script>") }], ownerA), 400, "not a JPEG, PNG or WebP photo"],
        ["an SVG (a script can hide in it)", () => upload(productA.id, [{ filename: "anh.svg", type: "image/svg+xml", bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') }], ownerA), 400, "not a JPEG, PNG or WebP photo"],
        ["a good photo beside a bad one", () => upload(productA.id, [photo("tot.png"), { filename: "xau.jpg", bytes: Buffer.from("GIF89a") }], ownerA), 400, '"xau.jpg" is not a JPEG'],
        ["a photo over 5 MB", () => upload(productA.id, [{ filename: "lon.png", bytes: Buffer.concat([png(), Buffer.alloc(5 * 1024 * 1024)]) }], ownerA), 400, "at most 5 MB"],
        ["no file", () => upload(productA.id, [], ownerA), 400, "choose at least one photo"],
        ["a JSON body", () => settle(api.post(`/producer/products/${productA.id}/images`, { images: ["x"] }, ownerA)), 400, "choose at least one photo"],
        ["another field", () => upload(productA.id, [{ ...photo("a.png"), field: "file" }], ownerA), 400, 'send the photos in the field "images"'],
        ["eleven at once", () => upload(productA.id, Array.from({ length: 11 }, (_, n) => photo(`${n}.png`)), ownerA), 400, "at most 10 photos at a time"],
        ["an unknown query field", () => upload(productA.id, [photo("a.png")], ownerA, "?x=1"), 400, "x"],
        ["an order naming another photo", () => settle(api.post(`/producer/products/${productA.id}/images/order`, { image_ids: ["img_unknown"] }, ownerA)), 400, "each of the product's photos exactly once"],
        ["an order naming one twice", () => settle(api.post(`/producer/products/${productA.id}/images/order`, { image_ids: [kept.data.product.images[0].id, kept.data.product.images[0].id] }, ownerA)), 400, "a photo is named twice"],
        ["an order without a list", () => settle(api.post(`/producer/products/${productA.id}/images/order`, {}, ownerA)), 400, "send the list of photo ids"],
        ["taking off a photo it does not have", () => settle(api.delete(`/producer/products/${productA.id}/images/img_unknown`, ownerA)), 404, "photo img_unknown not found"],
        ["no login", () => upload(productA.id, [photo("a.png")]), 401, null],
      ]
      for (const [label, call, status, words] of refusals) {
        const answer = await call()
        expect(answer.status, label).toBe(status)
        if (words !== null) expect(answer.data.message, label).toContain(words)
        if (status === 400 && label !== "an unknown query field") expect(answer.data.message, label).toMatch(/ \/ /)
        expect(await adminView(productA.id), label).toBe(before)
      }

      // Ten photos is the most a product holds: up to ten they fit, then one more is refused whole.
      const room = 10 - kept.data.product.images.length
      const filled = await upload(productA.id, Array.from({ length: room }, (_, n) => photo(`${n}.png`, [n * 20, 40, 40])), ownerA)
      expect(filled.status, JSON.stringify(filled.data)).toBe(201)
      expect(filled.data.product.images).toHaveLength(10)
      const full = await adminView(productA.id)
      const eleventh = await upload(productA.id, [photo("11.png")], staffA)
      expect(eleventh.status).toBe(400)
      expect(eleventh.data.message).toContain("Mỗi sản phẩm tối đa 10 ảnh")
      expect(eleventh.data.message).toContain("a product takes at most 10 photos: it has 10, adding 1")
      expect(await adminView(productA.id)).toBe(full)
    })

    it("another producer's member finds no such product, and changes nothing", async () => {
      const before = [await adminView(productA.id), await adminView(productB.id)]
      const imageOfA = (await api.get(`/producer/products/${productA.id}`, ownerA)).data.product.images[0].id
      const ownB = await upload(productB.id, [photo("mat-ong.png")], ownerB)
      expect(ownB.status).toBe(201)
      const imageOfB = ownB.data.product.images[0].id
      const afterB = await adminView(productB.id)
      for (const [label, call] of [
        ["B uploads to A's product", () => upload(productA.id, [photo("b.png")], ownerB)],
        ["B reorders A's photos", () => settle(api.post(`/producer/products/${productA.id}/images/order`, { image_ids: [imageOfA] }, ownerB))],
        ["B takes off A's photo", () => settle(api.delete(`/producer/products/${productA.id}/images/${imageOfA}`, ownerB))],
        ["B takes off A's photo through its own product", () => settle(api.delete(`/producer/products/${productB.id}/images/${imageOfA}`, ownerB))],
        ["A takes off B's photo through A's product", () => settle(api.delete(`/producer/products/${productA.id}/images/${imageOfB}`, ownerA))],
        ["A uploads to B's product", () => upload(productB.id, [photo("a.png")], staffA)],
      ] as const) {
        expect((await call()).status, label).toBe(404)
      }
      expect(await adminView(productA.id)).toBe(before[0])
      expect(await adminView(productB.id)).toBe(afterB)
      expect(before[1]).not.toBe(afterB)
    })
  },
})
