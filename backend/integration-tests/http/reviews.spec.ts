/**
 * Buyers' reviews through the API (issue 21): only a logged-in customer with a verified e-mail reviews, and only
 * a line of her own order that a fulfilment delivered, once per line; the review is published at once with the
 * author shown as "Lan N."; the product's average and count follow on its card and its reviews; the programme
 * hides an abusive one with a reason (the average follows) and publishes it again; the producer answers once,
 * and never another producer's review. Up to three photos come with a review (multipart), judged by their bytes and
 * stored only once the review is allowed. Every refusal is a 4xx that writes nothing, not even a file.
 */
import fs from "node:fs"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow, markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loginAsAdmin, producerBody, type Headers } from "../fixtures/admin"
import { createCheckoutWorld, settle, shopper, type CheckoutWorld } from "../fixtures/checkout"
import { multipart, png, uploadsToTempDir, type Part } from "../fixtures/images"
import { waitForMail } from "../fixtures/mail"

const uploads = uploadsToTempDir()

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let admin: Headers
    let producerA: { id: string }
    let producerB: { id: string }
    let guest: ReturnType<typeof shopper>

    beforeAll(async () => {
      world = await createCheckoutWorld(getContainer())
      admin = await loginAsAdmin(api, getContainer())
      producerA = (await api.post("/admin/ocop/producers", producerBody(), admin)).data.producer
      producerB = (await api.post("/admin/ocop/producers", producerBody({ handle: "htx-mat-ong-krong-bong", name: "HTX Mật ong Krông Bông", email: "htx.krongbong@example.com" }), admin)).data.producer
      await api.post(`/admin/ocop/products/${world.products.coffee.id}/producer`, { producer_id: producerA.id }, admin)
      await api.post(`/admin/ocop/products/${world.products.honey.id}/producer`, { producer_id: producerB.id }, admin)
      guest = shopper(api, world.storefront)
    })

    const COFFEE = "ca-phe-rang-xay-cu-mgar"
    const reviewsUrl = `/store/ocop/products/${COFFEE}/reviews`

    /** A registered customer, her e-mail verified through the mailed link unless told otherwise, logged in. */
    async function customer(email: string, { verified = true, first_name = "Lan", last_name = "Nguyễn" } = {}) {
      const password = "mat-khau-danh-gia"
      const registered = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name, last_name }, { headers: { ...guest.headers.headers, authorization: `Bearer ${registered.data.token}` } })
      if (verified) {
        const mail = await waitForMail("ocop-email-verification", email, 0)
        await api.post("/store/ocop/customers/verification", { token: new URL(mail.data.link).searchParams.get("t") }, guest.headers)
      }
      const login = await api.post("/auth/customer/emailpass", { email, password })
      return { email, headers: { headers: { ...guest.headers.headers, authorization: `Bearer ${login.data.token}` } } }
    }

    /** She buys a bag of coffee (producer A) and a bottle of honey (producer B): two orders under one purchase. */
    async function purchase(buyer: { email: string; headers: Headers }) {
      const me = shopper(api, world.storefront, { authorization: buyer.headers.headers.authorization! })
      const cartId = await me.ready(
        [
          { variant_id: world.products.coffee.variant_ids[0]!, quantity: 1 },
          { variant_id: world.products.honey.variant_ids[0]!, quantity: 1 },
        ],
        "pp_system_default",
        buyer.email
      )
      const completed = await me.complete(cartId)
      expect(completed.status).toBe(200)
      const ids = (completed.data.order_group.orders as { id: string }[]).map((o) => o.id)
      const orders = await getContainer().resolve(Modules.ORDER).listOrders({ id: ids }, { relations: ["items"] })
      const lineOf = (productId: string) => {
        for (const order of orders) for (const item of order.items ?? []) if (item.product_id === productId) return { order_id: order.id, line_id: item.id }
        throw new Error(`no line of ${productId}`)
      }
      return { coffee: lineOf(world.products.coffee.id), honey: lineOf(world.products.honey.id) }
    }

    /** The producer packs the line and the carrier hands it over: Medusa's fulfilment, then its delivery. */
    async function deliver(line: { order_id: string; line_id: string }) {
      const { result } = await createOrderFulfillmentWorkflow(getContainer()).run({
        input: { order_id: line.order_id, items: [{ id: line.line_id, quantity: 1 }], no_notification: true },
      })
      await markOrderFulfillmentAsDeliveredWorkflow(getContainer()).run({ input: { orderId: line.order_id, fulfillmentId: result.id } })
    }

    const publicReviews = async () => (await api.get(reviewsUrl, guest.headers)).data
    const coffeeCard = async () =>
      ((await api.get(`/store/ocop/products?q=ca%20phe`, guest.headers)).data.products as any[]).find((p) => p.handle === COFFEE)
    const reviewCount = async () => (await getContainer().resolve("review").listReviews({})).length

    /** A producer's member, invited by the admin and signed in to the portal. */
    async function producerOwner(producerId: string, email: string) {
      const created = await api.post(`/admin/ocop/producers/${producerId}/members/invites`, { email, role: "owner" }, admin)
      expect(created.status).toBe(201)
      const mail = await waitForMail("ocop-producer-invite", email, 0)
      const token = new URL(mail.data.link).searchParams.get("token")
      const registered = await api.post("/auth/producer/emailpass/register", { email, password: "mat-khau-nsx" })
      await api.post("/producer/invites/accept", { token, name: "Y Bhim Niê" }, { headers: { authorization: `Bearer ${registered.data.token}` } })
      const login = await api.post("/auth/producer/emailpass", { email, password: "mat-khau-nsx" })
      return { headers: { authorization: `Bearer ${login.data.token}` } }
    }

    /** Each test starts from the world of beforeAll (Medusa's runner restores it): Lan's five stars and Hoa's three. */
    async function twoReviews(tag: string) {
      const written: Record<string, string> = {}
      for (const [name, rating, first_name, last_name] of [["lan", 5, "Lan", "Nguyễn"], ["hoa", 3, "Hoa", "Trần"]] as const) {
        const buyer = await customer(`${name}.${tag}@example.vn`, { first_name, last_name })
        const lines = await purchase(buyer)
        await deliver(lines.coffee)
        written[name] = (await api.post(reviewsUrl, { order_line_id: lines.coffee.line_id, rating, text: `Đánh giá của ${first_name}` }, buyer.headers)).data.review.id
      }
      return written as { lan: string; hoa: string }
    }

    it("lets a buyer with a verified e-mail review each delivered line once, and shows it with the average on the card", async () => {
      const lan = await customer("lan.review@example.vn")
      const lines = await purchase(lan)

      // Bought but not delivered yet: nothing to review.
      const early = await settle(api.post(reviewsUrl, { order_line_id: lines.coffee.line_id, rating: 5, text: "Thơm lắm" }, lan.headers))
      expect(early.status).toBe(400)
      expect(early.data.message).toContain("once it has been delivered")
      expect((await api.get(`${reviewsUrl}/mine`, lan.headers)).data).toMatchObject({ reviews: [], reviewable: [], email_verified: true })

      await deliver(lines.coffee)
      const mine = (await api.get(`${reviewsUrl}/mine`, lan.headers)).data
      expect(mine.reviewable.map((line: any) => line.order_line_id)).toEqual([lines.coffee.line_id])

      // Bad input, another product's line, no login: refused, nothing written.
      for (const body of [
        { order_line_id: lines.coffee.line_id, rating: 6, text: "Thơm" },
        { order_line_id: lines.coffee.line_id, rating: 0, text: "Thơm" },
        { order_line_id: lines.coffee.line_id, rating: 4.5, text: "Thơm" },
        { order_line_id: lines.coffee.line_id, rating: 5, text: "   " },
        { order_line_id: lines.coffee.line_id, rating: 5, text: "x".repeat(2001) },
        { order_line_id: lines.coffee.line_id, rating: 5, text: "Thơm", status: "published" },
        { order_line_id: lines.honey.line_id, rating: 5, text: "Mật ong ngon" },
      ]) {
        const refused = await settle(api.post(reviewsUrl, body, lan.headers))
        expect(refused.status, JSON.stringify(body).slice(0, 80)).toBe(400)
        // Medusa words the unknown field itself; every other refusal is ours, in both languages.
        if (!("status" in body)) expect(refused.data.message).toMatch(/ \/ /)
      }
      expect((await settle(api.post(reviewsUrl, { order_line_id: lines.coffee.line_id, rating: 5, text: "Thơm" }, guest.headers))).status).toBe(401)
      expect(await reviewCount()).toBe(0)

      const text = "  Cà phê thơm, rang vừa, giao nhanh.  "
      const created = await api.post(reviewsUrl, { order_line_id: lines.coffee.line_id, rating: 5, text }, lan.headers)
      expect(created.status).toBe(201)
      expect(created.data.review).toMatchObject({ rating: 5, text: "Cà phê thơm, rang vừa, giao nhanh.", author_name: "Lan N.", status: "published", reply: null })

      // One review per order line.
      const again = await settle(api.post(reviewsUrl, { order_line_id: lines.coffee.line_id, rating: 1, text: "Lần nữa" }, lan.headers))
      expect(again.status).toBe(422)
      expect(again.data.message).toContain("already reviewed")
      expect(await reviewCount()).toBe(1)
      expect((await api.get(`${reviewsUrl}/mine`, lan.headers)).data.reviewable).toEqual([])

      const shown = await publicReviews()
      expect(shown).toMatchObject({ count: 1, average: 5, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 }, limit: 10, offset: 0 })
      expect(Object.keys(shown.reviews[0]).sort()).toEqual(["author_name", "created_at", "id", "photos", "rating", "reply", "text"])
      expect(shown.reviews[0].photos).toEqual([])
      expect((await coffeeCard()).rating).toEqual({ average: 5, count: 1 })
      expect((await api.get(`/store/ocop/products/${COFFEE}`, guest.headers)).data.product.rating).toEqual({ average: 5, count: 1 })

      // A second buyer's three stars: the average is the mean of the published ones, newest first in the list.
      const hoa = await customer("hoa.review@example.vn", { first_name: "Hoa", last_name: "trần" })
      const hoaLines = await purchase(hoa)
      await deliver(hoaLines.coffee)
      expect((await api.post(reviewsUrl, { order_line_id: hoaLines.coffee.line_id, rating: 3, text: "Hơi đắng" }, hoa.headers)).status).toBe(201)
      const both = await publicReviews()
      expect(both).toMatchObject({ count: 2, average: 4 })
      expect(both.reviews.map((r: any) => r.author_name)).toEqual(["Hoa T.", "Lan N."])
      expect((await coffeeCard()).rating).toEqual({ average: 4, count: 2 })
      expect((await api.get(`${reviewsUrl}?limit=1&offset=1`, guest.headers)).data.reviews.map((r: any) => r.author_name)).toEqual(["Lan N."])
      for (const query of ["limit=0", "limit=101", "offset=-1", "sort=rating"]) {
        expect((await settle(api.get(`${reviewsUrl}?${query}`, guest.headers))).status, query).toBe(400)
      }
      expect((await settle(api.get(`/store/ocop/products/khong-co/reviews`, guest.headers))).status).toBe(404)

      // Another customer may not use Lan's line.
      const thief = await customer("trom.review@example.vn", { first_name: "Tâm", last_name: "Lê" })
      const stolen = await settle(api.post(reviewsUrl, { order_line_id: lines.coffee.line_id, rating: 1, text: "Dở" }, thief.headers))
      expect(stolen.status).toBe(400)
      expect(await reviewCount()).toBe(2)
    })

    it("takes up to three photos with a review, judged by their bytes, stored only once the review is allowed", async () => {
      const lan = await customer("lan.anh@example.vn")
      const lines = await purchase(lan)
      await deliver(lines.coffee)
      const post = (parts: Part[], who: Headers = lan.headers) => {
        const { body, config } = multipart(parts, (who.headers ?? {}) as Record<string, string>)
        return settle(api.post(reviewsUrl, body, config))
      }
      const fields = (line = lines.coffee.line_id, rating = "5", text = "Hạt đều, thơm; ảnh gói hàng khi nhận"): Part[] => [
        { field: "order_line_id", value: line },
        { field: "rating", value: rating },
        { field: "text", value: text },
      ]
      const photo = (name: string, rgb: [number, number, number]): Part => ({ field: "photos", filename: name, bytes: png(12, 8, rgb) })
      const storedFiles = () => fs.readdirSync(uploads.folder).length
      const filesBefore = storedFiles()

      // Each refusal is a 400 in both languages, and leaves no review and no file behind.
      for (const [parts, reason] of [
        [[...fields(), { field: "photos", filename: "anh.png", bytes: Buffer.from("<script>alert(1)</script>") }], "not_an_image"],
        [[...fields(), ...[1, 2, 3, 4].map((n) => photo(`${n}.png`, [n * 40, 80, 40]))], "too_many_images"],
        [[...fields(), { field: "photos", filename: "lon.jpg", type: "image/jpeg", bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5 * 1024 * 1024)]) }], "image_too_large"],
        [[...fields(), { field: "images", filename: "a.png", bytes: png() }], "unexpected_field"],
        [[...fields(), { field: "status", value: "hidden" }, photo("a.png", [1, 2, 3])], "unexpected_field"],
        [[...fields(lines.coffee.line_id, "6"), photo("a.png", [1, 2, 3])], null],
        // The request guard sees the multipart fields too: a NUL byte never reaches the database.
        [[...fields(lines.coffee.line_id, "5", "Ngon\u0000"), photo("a.png", [1, 2, 3])], null],
        // Honey is on her order but not delivered: refused after the photos were read, before any is stored.
        [[...fields(lines.honey.line_id), photo("mat-ong.png", [200, 150, 20])], null],
      ] as [Part[], string | null][]) {
        const refused = await post(parts)
        expect(refused.status, `${reason}: ${JSON.stringify(refused.data).slice(0, 160)}`).toBe(400)
        if (reason) expect(refused.data.code).toBe(reason)
        expect(refused.data.message).toMatch(/ \/ /)
      }
      expect((await post([...fields(lines.coffee.line_id, "5", "Ngon\u0000"), photo("a.png", [1, 2, 3])])).data.message).toContain("NUL character")
      // Not logged in: refused before a byte of the photos is read.
      expect((await post([...fields(), photo("a.png", [1, 2, 3])], guest.headers)).status).toBe(401)
      expect(await reviewCount()).toBe(0)
      expect(storedFiles()).toBe(filesBefore)

      // Two photos as the form sends them (the stars as text): stored under names of ours, in her order.
      const first = photo("IMG_0001.png", [120, 72, 36])
      const second = photo("IMG_0002.png", [46, 98, 52])
      const created = await post([...fields(), first, second])
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      const { review } = created.data
      expect(review).toMatchObject({ rating: 5, text: "Hạt đều, thơm; ảnh gói hàng khi nhận", author_name: "Lan N." })
      expect(review.photos).toHaveLength(2)
      for (const [index, shown] of review.photos.entries()) {
        expect(shown.url).toMatch(new RegExp(`/static/.*review-${COFFEE}-[0-9a-f]{12}\\.png$`))
        expect(shown.url).not.toContain("IMG_")
        expect(fs.readFileSync(uploads.fileOf(shown.url)).equals(index === 0 ? first.bytes : second.bytes)).toBe(true)
      }
      expect(storedFiles()).toBe(filesBefore + 2)

      // Shoppers, the producer's portal and the programme see the same photos with the review.
      const listed = (await publicReviews()).reviews[0]
      expect(listed.photos).toEqual(review.photos)
      expect((await api.get(`${reviewsUrl}/mine`, lan.headers)).data.reviews[0].photos).toEqual(review.photos)
      expect((await api.get(`/admin/ocop/reviews/${review.id}`, admin)).data.review.photos).toEqual(review.photos)
      const owner = await producerOwner(producerA.id, "chu-a.anh@example.vn")
      expect((await api.get("/producer/reviews", owner)).data.reviews[0].photos).toEqual(review.photos)

      // Hidden by the programme: the photos go with the review.
      const hidden = await api.post(`/admin/ocop/reviews/${review.id}`, { status: "hidden", reason: "Ảnh không phải sản phẩm" }, admin)
      expect(hidden.data.review.photos).toEqual(review.photos)
      expect((await publicReviews()).count).toBe(0)

      // A review without photos is still plain JSON.
      const hoa = await customer("hoa.anh@example.vn", { first_name: "Hoa", last_name: "Trần" })
      const hoaLines = await purchase(hoa)
      await deliver(hoaLines.coffee)
      const plain = await api.post(reviewsUrl, { order_line_id: hoaLines.coffee.line_id, rating: 4, text: "Ngon" }, hoa.headers)
      expect(plain.data.review.photos).toEqual([])
    })

    it("refuses a buyer whose e-mail is not verified, even with a delivered order", async () => {
      const mai = await customer("mai.review@example.vn", { verified: false, first_name: "Mai", last_name: "Phạm" })
      const lines = await purchase(mai)
      await deliver(lines.coffee)
      const before = await reviewCount()
      const refused = await settle(api.post(reviewsUrl, { order_line_id: lines.coffee.line_id, rating: 4, text: "Ngon" }, mai.headers))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toContain("verify the account's e-mail first")
      expect(await reviewCount()).toBe(before)
      // Her page still says what she may review once verified.
      expect((await api.get(`${reviewsUrl}/mine`, mai.headers)).data).toMatchObject({ email_verified: false, reviewable: [{ order_line_id: lines.coffee.line_id }] })
    })

    it("lets the programme hide an abusive review with a reason and publish it again, the average following", async () => {
      const written = await twoReviews("an")
      const queue = (await api.get("/admin/ocop/reviews?status=published&limit=100", admin)).data
      const hoas = queue.reviews.find((r: any) => r.author_name === "Hoa T.")
      expect(hoas.id).toBe(written.hoa)
      // The queue finds a review by its words or its author, and opens one.
      expect((await api.get("/admin/ocop/reviews?q=c%E1%BB%A7a%20Hoa", admin)).data.reviews.map((r: any) => r.id)).toEqual([written.hoa])
      expect((await api.get("/admin/ocop/reviews?q=100%25", admin)).data.count).toBe(0)
      expect((await api.get(`/admin/ocop/reviews/${written.lan}`, admin)).data.review).toMatchObject({ author_name: "Lan N.", rating: 5, product: { handle: COFFEE } })
      expect((await settle(api.get("/admin/ocop/reviews/rev_khong_co", admin))).status).toBe(404)
      expect(hoas).toMatchObject({ product: { handle: COFFEE }, status: "published" })

      expect((await settle(api.post(`/admin/ocop/reviews/${hoas.id}`, { status: "hidden" }, admin))).status).toBe(400)
      expect((await settle(api.post(`/admin/ocop/reviews/${hoas.id}`, { status: "deleted", reason: "x" }, admin))).status).toBe(400)
      expect((await settle(api.post(`/admin/ocop/reviews/rev_khong_co`, { status: "hidden", reason: "x" }, admin))).status).toBe(404)
      expect((await settle(api.post(`/admin/ocop/reviews/${hoas.id}`, { status: "hidden", reason: "x" }, guest.headers))).status).toBe(401)
      expect((await publicReviews()).count).toBe(2)

      const hidden = await api.post(`/admin/ocop/reviews/${hoas.id}`, { status: "hidden", reason: "Ngôn từ xúc phạm" }, admin)
      expect(hidden.data.review).toMatchObject({ status: "hidden", hidden_reason: "Ngôn từ xúc phạm" })
      expect(await publicReviews()).toMatchObject({ count: 1, average: 5 })
      expect((await coffeeCard()).rating).toEqual({ average: 5, count: 1 })
      expect((await api.get("/admin/ocop/reviews?status=hidden", admin)).data.reviews.map((r: any) => r.id)).toEqual([hoas.id])

      await api.post(`/admin/ocop/reviews/${hoas.id}`, { status: "published" }, admin)
      expect(await publicReviews()).toMatchObject({ count: 2, average: 4 })
      expect((await coffeeCard()).rating).toEqual({ average: 4, count: 2 })
    })

    it("lets the producer answer a review of its product once, and never another producer's", async () => {
      const written = await twoReviews("tra-loi")
      const ownerA = await producerOwner(producerA.id, "chu-a.review@example.vn")
      const ownerB = await producerOwner(producerB.id, "chu-b.review@example.vn")
      const listA = (await api.get("/producer/reviews", ownerA)).data
      expect(listA).toMatchObject({ count: 2, limit: 20, offset: 0 })
      expect(listA.reviews.every((r: any) => r.product.handle === COFFEE)).toBe(true)
      expect((await api.get("/producer/reviews", ownerB)).data.count).toBe(0)
      const lans = listA.reviews.find((r: any) => r.author_name === "Lan N.")
      expect(lans.id).toBe(written.lan)

      expect((await settle(api.post(`/producer/reviews/${lans.id}/reply`, { text: "Cảm ơn chị!" }, ownerB))).status).toBe(404)
      expect((await settle(api.post(`/producer/reviews/${lans.id}/reply`, { text: "  " }, ownerA))).status).toBe(400)
      const replied = await api.post(`/producer/reviews/${lans.id}/reply`, { text: "Cảm ơn chị Lan đã ủng hộ HTX!" }, ownerA)
      expect(replied.data.review.reply).toMatchObject({ text: "Cảm ơn chị Lan đã ủng hộ HTX!" })
      const twice = await settle(api.post(`/producer/reviews/${lans.id}/reply`, { text: "Sửa lại" }, ownerA))
      expect(twice.status).toBe(422)
      expect(twice.data.message).toContain("one answer")

      const shown = (await publicReviews()).reviews.find((r: any) => r.id === lans.id)
      expect(shown.reply).toMatchObject({ text: "Cảm ơn chị Lan đã ủng hộ HTX!" })
      expect((await api.get("/producer/reviews?answered=false", ownerA)).data.count).toBe(1)
    })
  },
})
