/**
 * A fair's QR codes and what follows them (issue 18, docs/decisions/033 "QR codes and attribution"): the organiser
 * downloads a code per booth and per product shown; a page view from a code is counted once per network per 30
 * minutes; a purchase made during such a visit carries the fair and booth from the cart onto every order of the
 * purchase; the fair's figures count the scans and the attributed orders; and the fair's catalogue is a PDF with
 * every Vietnamese letter in its text.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, settle, shopper, BUON_MA_THUOT } from "../fixtures/checkout"
import { fairBody, vietnamDay } from "../fixtures/fairs"
import { createMarketplaceWorld, PRODUCER_NAMES, type MarketplaceWorld } from "../fixtures/marketplace"

// Scans come from several networks through X-Forwarded-For, as behind the storefront; one booth's limit is small
// so that the test meets it, the client's stays out of the way.
process.env.OCOP_TRUST_PROXY_HOPS = "1"
process.env.OCOP_RATE_LIMIT_FAIR_SCAN_ACCOUNT = "6/600"
process.env.OCOP_RATE_LIMIT_FAIR_SCAN_CLIENT = "1000/600"
process.env.STOREFRONT_URL = "https://cho-ocop.example.vn"

const STOREFRONT = "https://cho-ocop.example.vn"
const artifacts = path.resolve(__dirname, "../../../test/artifacts")

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: MarketplaceWorld
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      world = await createMarketplaceWorld(getContainer())
      admin = await adminHeaders(getContainer(), api)
      store = world.storefront.headers as any
    })

    const from = (network: string) => ({ headers: { ...store.headers, "x-forwarded-for": network } })
    const zoneId = (fair: any, code: string) => fair.zones.find((z: any) => z.code === code).id
    /** A published fair running now: A1 the coffee cooperative (coffee), B1 the honey cooperative (honey). */
    async function fairWithBooths(overrides: Record<string, unknown> = {}) {
      const { data } = await api.post("/admin/ocop/fairs", fairBody(overrides), admin)
      const id = data.fair.id
      await api.post(`/admin/ocop/fairs/${id}/booths`, { number: "A1", zone_id: zoneId(data.fair, "A"), producer_id: world.producers.coffee, x: 0, y: 0, product_ids: [world.goods.coffee.id] }, admin)
      await api.post(`/admin/ocop/fairs/${id}/booths`, { number: "B1", zone_id: zoneId(data.fair, "B"), producer_id: world.producers.honey, x: 0, y: 2, product_ids: [world.goods.honey.id] }, admin)
      return (await api.get(`/admin/ocop/fairs/${id}`, admin)).data.fair
    }
    const booth = (fair: any, number: string) => fair.booths.find((b: any) => b.number === number)
    const figuresOf = async (fair: any) => (await api.get(`/admin/ocop/fairs/${fair.id}`, admin)).data.fair.figures

    describe("QR codes", () => {
      it("gives each booth a code of its page and each product shown a code of its page with the fair as referral, as SVG or PNG", async () => {
        const fair = await fairWithBooths({ handle: "hoi-cho-qr" })
        const a1 = booth(fair, "A1")
        expect(a1.qr_url).toBe(`${STOREFRONT}/hoi-cho/hoi-cho-qr/gian-hang/A1?nguon=qr`)
        expect(a1.products[0].qr_url).toBe(`${STOREFRONT}/san-pham/ca-phe-ea-tu?hoi-cho=hoi-cho-qr&gian=A1`)

        const svg = await api.get(`/admin/ocop/fairs/${fair.id}/booths/${a1.id}/qr`, admin)
        expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/)
        expect(svg.headers["content-disposition"]).toBe('attachment; filename="hoi-cho-qr-gian-A1.svg"')
        expect(svg.headers["x-ocop-qr-url"]).toBe(a1.qr_url)
        expect(String(svg.data)).toMatch(/^<svg[^>]*viewBox/)

        const png = await api.get(`/admin/ocop/fairs/${fair.id}/booths/${a1.id}/products/${world.goods.coffee.id}/qr?format=png`, { ...admin, responseType: "arraybuffer" })
        expect(png.headers["content-type"]).toBe("image/png")
        expect(png.headers["x-ocop-qr-url"]).toBe(a1.products[0].qr_url)
        const bytes = Buffer.from(png.data)
        expect(bytes.subarray(1, 4).toString()).toBe("PNG")
        expect(bytes.readUInt32BE(16)).toBe(1024)
      })

      it("has no code for a product the booth does not show, a booth of another fair, or a format it does not write", async () => {
        const fair = await fairWithBooths({ handle: "hoi-cho-qr-sai" })
        const other = await fairWithBooths({ handle: "hoi-cho-qr-khac" })
        const a1 = booth(fair, "A1")
        const refusals: [string, number][] = [
          [`/admin/ocop/fairs/${fair.id}/booths/${a1.id}/products/${world.goods.honey.id}/qr`, 404],
          [`/admin/ocop/fairs/${other.id}/booths/${a1.id}/qr`, 404],
          [`/admin/ocop/fairs/${fair.id}/booths/booth_none/qr`, 404],
          [`/admin/ocop/fairs/${fair.id}/booths/${a1.id}/qr?format=gif`, 400],
          [`/admin/ocop/fairs/${fair.id}/booths/${a1.id}/qr?size=9`, 400],
        ]
        for (const [url, status] of refusals) expect((await settle(api.get(url, admin))).status, url).toBe(status)
        expect((await settle(api.get(`/admin/ocop/fairs/${fair.id}/booths/${a1.id}/qr`))).status).toBe(401)
      })
    })

    describe("scans", () => {
      it("counts a network once per code per 30 minutes, booth and product codes apart, and the fair's figures show them by booth", async () => {
        const fair = await fairWithBooths({ handle: "hoi-cho-quet" })
        const scan = (body: Record<string, unknown>, network: string) => settle(api.post(`/store/ocop/fairs/hoi-cho-quet/scans`, body, from(network)))
        expect((await scan({ booth: "A1" }, "203.0.113.7")).data).toEqual({ counted: true })
        // The same phone reloading, and its neighbour on the same /24: the same network, one scan.
        expect((await scan({ booth: "A1" }, "203.0.113.7")).data).toEqual({ counted: false })
        expect((await scan({ booth: "A1" }, "203.0.113.99")).data).toEqual({ counted: false })
        expect((await scan({ booth: "A1" }, "198.51.100.4")).data).toEqual({ counted: true })
        expect((await scan({ booth: "A1", product_handle: "ca-phe-ea-tu" }, "203.0.113.7")).data).toEqual({ counted: true })
        expect((await scan({ booth: "B1" }, "203.0.113.7")).status).toBe(202)

        const figures = await figuresOf(fair)
        expect(figures.scans).toEqual({
          total: 4,
          by_booth: [
            { booth_id: booth(fair, "A1").id, number: "A1", scans: 3 },
            { booth_id: booth(fair, "B1").id, number: "B1", scans: 1 },
          ],
        })

        // Half an hour later the same network scans anew.
        const fairs = getContainer().resolve("fair") as any
        const later = new Date(Date.now() + 31 * 60 * 1000)
        const input = { fair_id: fair.id, booth_id: booth(fair, "B1").id, product_id: null, network_key: "k", now: new Date() }
        expect(await fairs.recordScan(input)).toEqual({ counted: true })
        expect(await fairs.recordScan({ ...input, now: new Date(input.now.getTime() + 29 * 60 * 1000) })).toEqual({ counted: false })
        expect(await fairs.recordScan({ ...input, now: later })).toEqual({ counted: true })
      })

      it("refuses a scan of a booth or a product the fair does not have, of an unpublished fair, or malformed, and writes nothing", async () => {
        await fairWithBooths({ handle: "hoi-cho-quet-sai" })
        await fairWithBooths({ handle: "hoi-cho-nhap", published: false })
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const rows = async () => Number((await knex("ocop_fair_scan").count({ n: "*" }))[0].n)
        const before = await rows()
        const refusals: [string, Record<string, unknown>, number][] = [
          ["hoi-cho-quet-sai", { booth: "Z9" }, 404],
          ["hoi-cho-quet-sai", { booth: "A1", product_handle: "mat-ong-krong-bong" }, 404],
          ["hoi-cho-quet-sai", { booth: "A1", product_handle: "khong-co" }, 404],
          ["hoi-cho-nhap", { booth: "A1" }, 404],
          ["khong-co-hoi-cho", { booth: "A1" }, 404],
          ["hoi-cho-quet-sai", { booth: "A 1" }, 400],
          ["hoi-cho-quet-sai", { booth: "A1", product_handle: "Cà phê" }, 400],
          ["hoi-cho-quet-sai", {}, 400],
          ["hoi-cho-quet-sai", { booth: "A1", count: 100 }, 400],
        ]
        for (const [handle, body, status] of refusals) {
          const refused = await settle(api.post(`/store/ocop/fairs/${handle}/scans`, body, from("192.0.2.1")))
          expect(refused.status, JSON.stringify([handle, body])).toBe(status)
          // A missing or unknown field Medusa's validator words itself; what the fair lacks the plugin says in both languages.
          if (status === 404) expect(refused.data.message).toMatch(/ \/ /)
        }
        expect(await rows()).toBe(before)
      })

      it("stops counting one booth's scans from many networks at its limit (429), and nothing more is written", async () => {
        const fair = await fairWithBooths({ handle: "hoi-cho-quet-nhieu" })
        const answers = []
        for (let i = 1; i <= 8; i++) answers.push((await settle(api.post(`/store/ocop/fairs/hoi-cho-quet-nhieu/scans`, { booth: "B1" }, from(`10.${i}.0.1`)))).status)
        expect(answers).toEqual([202, 202, 202, 202, 202, 202, 429, 429])
        expect((await figuresOf(fair)).scans.total).toBe(6)
        // Another booth of the fair has its own limit.
        expect((await settle(api.post(`/store/ocop/fairs/hoi-cho-quet-nhieu/scans`, { booth: "A1" }, from("10.99.0.1")))).status).toBe(202)
      })
    })

    describe("attribution of a purchase", () => {
      it("writes a running fair's booth on the cart and carries it to every order of the purchase; the figures count the orders and their value", async () => {
        const fair = await fairWithBooths({ handle: "hoi-cho-mua" })
        const me = shopper(api, world.storefront)
        const cartId = await me.cart([
          { variant_id: world.goods.coffee.variant_ids[0]!, quantity: 1 },
          { variant_id: world.goods.honey.variant_ids[0]!, quantity: 1 },
        ])
        const written = await api.post(`/store/ocop/carts/${cartId}/fair`, { fair_handle: "hoi-cho-mua", booth: "B1" }, me.headers)
        expect(written.data.cart).toEqual({ id: cartId, fair_handle: "hoi-cho-mua", fair_booth: "B1" })
        // The latest booth wins.
        await api.post(`/store/ocop/carts/${cartId}/fair`, { fair_handle: "hoi-cho-mua", booth: "A1" }, me.headers)
        // Steps that write the cart's metadata keep the fair (Medusa merges metadata).
        await api.post(`/store/carts/${cartId}`, { metadata: { ocop_delivery: "home", ocop_pickup_option: "" } }, me.headers)
        for (const step of [await me.contact(cartId), await me.address(cartId, BUON_MA_THUOT), await me.homeDelivery(cartId), await me.pay(cartId)]) {
          expect(step.status, JSON.stringify(step.data).slice(0, 300)).toBe(200)
        }
        const completed = await me.complete(cartId)
        expect(completed.status).toBe(200)
        expect(completed.data.type, JSON.stringify(completed.data.error ?? "")).toBe("order")
        const orderIds = completed.data.order_group.orders.map((o: any) => o.id)
        expect(orderIds).toHaveLength(2)
        const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "total", "metadata"], filters: { id: orderIds } })
        for (const order of orders as any[]) expect(order.metadata).toMatchObject({ fair_handle: "hoi-cho-mua", fair_booth: "A1", ocop_delivery: "home" })
        const value = (orders as any[]).reduce((sum, order) => sum + Number(order.total), 0)
        expect(value).toBe(120_000 + 180_000 + 2 * 20_000)

        const figures = await figuresOf(fair)
        expect(figures.orders).toEqual({ count: 2, value, by_booth: [{ number: "A1", count: 2, value }] })
        // The list of fairs shows the same figures; another fair counts none of them.
        const listed = (await api.get("/admin/ocop/fairs?limit=100", admin)).data.fairs
        expect(listed.find((f: any) => f.id === fair.id)).toMatchObject({ order_count: 2, scan_count: 0 })
        const other = await fairWithBooths({ handle: "hoi-cho-mua-khac" })
        expect((await figuresOf(other)).orders).toEqual({ count: 0, value: 0, by_booth: [] })

        // A checked-out cart takes no more fair (the stock gate answers for a completed cart, as for Medusa's own writes).
        const late = await settle(api.post(`/store/ocop/carts/${cartId}/fair`, { fair_handle: "hoi-cho-mua", booth: "B1" }, me.headers))
        expect(late.status).toBe(409)
      })

      it("refuses a fair that is not running, a booth it does not have, and the fair keys through Medusa's own cart routes", async () => {
        await fairWithBooths({ handle: "hoi-cho-sap-toi", first_day: vietnamDay(10), last_day: vietnamDay(12) })
        await fairWithBooths({ handle: "hoi-cho-dang-mo" })
        const me = shopper(api, world.storefront)
        const cartId = await me.cart([{ variant_id: world.goods.coffee.variant_ids[0]!, quantity: 1 }])
        const refusals: [Record<string, unknown>, number, RegExp][] = [
          [{ fair_handle: "hoi-cho-sap-toi", booth: "A1" }, 400, /not running now/],
          [{ fair_handle: "hoi-cho-dang-mo", booth: "C9" }, 404, /has no booth C9/],
          [{ fair_handle: "khong-co", booth: "A1" }, 404, /no fair/],
          [{ fair_handle: "hoi-cho-dang-mo" }, 400, /booth/],
          [{ fair_handle: "hoi-cho-dang-mo", booth: "A1", value: 1 }, 400, /.+/],
        ]
        for (const [body, status, message] of refusals) {
          const refused = await settle(api.post(`/store/ocop/carts/${cartId}/fair`, body, me.headers))
          expect(refused.status, JSON.stringify(body)).toBe(status)
          expect(refused.data.message).toMatch(message)
        }
        expect((await settle(api.post(`/store/ocop/carts/cart_none/fair`, { fair_handle: "hoi-cho-dang-mo", booth: "A1" }, me.headers))).status).toBe(404)
        const forged = await settle(api.post(`/store/carts/${cartId}`, { metadata: { fair_handle: "hoi-cho-dang-mo", fair_booth: "A1" } }, me.headers))
        expect(forged.status).toBe(400)
        expect(forged.data.message).toContain("/store/ocop/carts/:id/fair")
        const created = await settle(api.post("/store/carts", { region_id: world.storefront.regionId, metadata: { fair_booth: "A1" } }, me.headers))
        expect(created.status).toBe(400)
        const { data } = await api.get(`/store/carts/${cartId}?fields=metadata`, me.headers)
        expect(data.cart.metadata ?? {}).not.toHaveProperty("fair_handle")
      })
    })

    describe("the printable catalogue", () => {
      it("is an A4 PDF with a cover, an index by zone and a card per product, every diacritic in its text, in Vietnamese or English", async () => {
        await fairWithBooths({ handle: "hoi-cho-catalogue" })
        const pdf = await api.get("/store/ocop/fairs/hoi-cho-catalogue/catalogue.pdf", { ...store, responseType: "arraybuffer" })
        expect(pdf.headers["content-type"]).toBe("application/pdf")
        expect(pdf.headers["cache-control"]).toMatch(/^public/)
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-"))
        const file = path.join(dir, "catalogue.pdf")
        fs.writeFileSync(file, Buffer.from(pdf.data))
        const info = execFileSync("pdfinfo", [file]).toString()
        expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
        expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(3)
        // The fonts are embedded (pdffonts' "emb" column), so every letter prints as it is written.
        const fonts = execFileSync("pdffonts", [file]).toString().split("\n").slice(2).filter(Boolean)
        expect(fonts.length).toBeGreaterThan(0)
        for (const font of fonts) expect(font).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/)
        const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString()
        for (const words of [
          "Hội chợ OCOP Buôn Ma Thuột",
          "Quảng trường 10/3, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
          "Mục lục gian hàng theo khu",
          "Khu A · Cà phê và ca cao",
          "Khu B · Mật ong và đặc sản",
          "Cà phê Ea Tu",
          "Mật ong Krông Bông",
          PRODUCER_NAMES.coffee,
          PRODUCER_NAMES.honey,
          "Gian A1",
          "120.000 ₫",
          "180.000 ₫",
          `Từ ${vietnamDay(-1).split("-").reverse().join("/")} đến ${vietnamDay(3).split("-").reverse().join("/")}`,
        ]) {
          expect(text, words).toContain(words)
        }
        expect(text).toMatch(/★★★★?\s+OCOP [34] sao/)
        fs.mkdirSync(artifacts, { recursive: true })
        execFileSync("pdftoppm", ["-png", "-r", "50", file, path.join(artifacts, "fair-catalogue")])

        const english = await api.get("/store/ocop/fairs/hoi-cho-catalogue/catalogue.pdf?locale=en", { ...store, responseType: "arraybuffer" })
        fs.writeFileSync(file, Buffer.from(english.data))
        const en = execFileSync("pdftotext", ["-layout", file, "-"]).toString()
        for (const words of ["Buôn Ma Thuột OCOP Fair", "Booths by zone", "Zone A · Coffee and cacao", "Booth A1", "120.000 ₫"]) expect(en, words).toContain(words)
        expect(english.headers["content-disposition"]).toContain("catalogue-hoi-cho-catalogue-en.pdf")
      })

      it("answers 404 for a fair not published and 400 for a language it does not have", async () => {
        await fairWithBooths({ handle: "hoi-cho-catalogue-nhap", published: false })
        expect((await settle(api.get("/store/ocop/fairs/hoi-cho-catalogue-nhap/catalogue.pdf", store))).status).toBe(404)
        expect((await settle(api.get("/store/ocop/fairs/khong-co/catalogue.pdf", store))).status).toBe(404)
        expect((await settle(api.get("/store/ocop/fairs/hoi-cho-catalogue-nhap/catalogue.pdf?locale=fr", store))).status).toBe(400)
      })
    })
  },
})

