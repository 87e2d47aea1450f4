/**
 * A customer's favourites (issue 21): the products she keeps on her account, through
 * `/store/ocop/customers/me/favourites`. Her own list only; products on sale only, though one whose certificate
 * lapses stays on her list and comes back with it; bad input is a 4xx that changes nothing.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCheckoutWorld, settle, shopper, type CheckoutWorld } from "../fixtures/checkout"
import { revoke } from "../fixtures/ocop"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let guest: ReturnType<typeof shopper>

    beforeAll(async () => {
      world = await createCheckoutWorld(getContainer())
    })
    beforeEach(() => {
      guest = shopper(api, world.storefront)
    })

    async function account(email: string) {
      const password = "mat-khau-yeu-thich-1"
      const registered = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "Lan", last_name: "Trần" }, {
        headers: { ...guest.headers.headers, authorization: `Bearer ${registered.data.token}` },
      })
      const login = await api.post("/auth/customer/emailpass", { email, password })
      return { headers: { ...guest.headers.headers, authorization: `Bearer ${login.data.token}` } }
    }

    const favourites = (as: { headers: Record<string, string> }, query = "") =>
      settle(api.get(`/store/ocop/customers/me/favourites${query}`, as))
    const keep = (as: { headers: Record<string, string> }, body: unknown) => settle(api.post("/store/ocop/customers/me/favourites", body, as))
    const drop = (as: { headers: Record<string, string> }, handle: string) =>
      settle(api.delete(`/store/ocop/customers/me/favourites/${handle}`, as))
    const handles = async (as: { headers: Record<string, string> }, query = "") =>
      ((await favourites(as, query)).data.products as { handle: string }[]).map((product) => product.handle)

    it("keeps products on the account, newest first, as catalogue cards in the asked language, once each", async () => {
      const lan = await account("yeu-thich@example.vn")
      expect(await favourites(lan)).toMatchObject({ status: 200, data: { products: [], count: 0, limit: 24, offset: 0 } })

      expect((await keep(lan, { product_handle: "mat-ong-hoa-ca-phe" })).data).toEqual({ favourite: { product_handle: "mat-ong-hoa-ca-phe" } })
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect((await keep(lan, { product_handle: "ca-phe-rang-xay-cu-mgar" })).status).toBe(200)
      // Keeping it again changes nothing.
      expect((await keep(lan, { product_handle: "mat-ong-hoa-ca-phe" })).status).toBe(200)

      const list = await favourites(lan)
      expect(list.headers["cache-control"]).toBe("private, no-store")
      expect(list.data.count).toBe(2)
      expect(list.data.products.map((p: any) => p.handle)).toEqual(["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"])
      expect(list.data.products[1]).toMatchObject({ title: "Mật ong hoa cà phê", ocop: { stars: expect.any(Number) }, price: { currency_code: "vnd" } })
      expect((await favourites(lan, "?locale=en")).data.products[1].title).toBe("Coffee-blossom honey")
      // Pages, and "is this one of hers?" for the product page.
      expect(await handles(lan, "?limit=1&offset=1")).toEqual(["mat-ong-hoa-ca-phe"])
      expect(await handles(lan, "?handle=mat-ong-hoa-ca-phe")).toEqual(["mat-ong-hoa-ca-phe"])
      expect(await handles(lan, "?handle=tra-hai-sao")).toEqual([])

      expect((await drop(lan, "mat-ong-hoa-ca-phe")).data).toEqual({ product_handle: "mat-ong-hoa-ca-phe", deleted: true })
      expect((await drop(lan, "mat-ong-hoa-ca-phe")).data).toEqual({ product_handle: "mat-ong-hoa-ca-phe", deleted: false })
      expect(await handles(lan)).toEqual(["ca-phe-rang-xay-cu-mgar"])
    })

    it("is hers alone: another customer sees none of it and cannot remove it; without a login, 401", async () => {
      const lan = await account("cua-lan@example.vn")
      const mai = await account("cua-mai@example.vn")
      await keep(lan, { product_handle: "mat-ong-hoa-ca-phe" })
      expect(await handles(mai)).toEqual([])
      expect((await drop(mai, "mat-ong-hoa-ca-phe")).data.deleted).toBe(false)
      expect(await handles(lan)).toEqual(["mat-ong-hoa-ca-phe"])
      expect((await favourites(guest.headers)).status).toBe(401)
      expect((await keep(guest.headers, { product_handle: "mat-ong-hoa-ca-phe" })).status).toBe(401)
      expect((await drop(guest.headers, "mat-ong-hoa-ca-phe")).status).toBe(401)
    })

    it("takes only products on sale; one whose certificate lapses leaves the list shown and stays kept", async () => {
      const lan = await account("chi-ban@example.vn")
      // Two stars: never on sale.
      const twoStars = await keep(lan, { product_handle: "tra-hai-sao" })
      expect(twoStars.status).toBe(404)
      expect(twoStars.data.message).toMatch(/tra-hai-sao/)
      expect((await keep(lan, { product_handle: "khong-co-san-pham-nay" })).status).toBe(404)

      await keep(lan, { product_handle: "ca-phe-rang-xay-cu-mgar" })
      await revoke(getContainer(), world.certifications.coffee)
      expect(await favourites(lan)).toMatchObject({ data: { products: [], count: 0 } })
      // Still removable while it is not on sale.
      expect((await drop(lan, "ca-phe-rang-xay-cu-mgar")).data.deleted).toBe(true)
    })

    it("refuses bad input with 400 and keeps the list as it was", async () => {
      const lan = await account("sai@example.vn")
      await keep(lan, { product_handle: "mat-ong-hoa-ca-phe" })
      for (const body of [{}, { product_handle: "" }, { product_handle: "Mật ong" }, { product_handle: "x".repeat(201) }, { product_handle: "mat-ong-hoa-ca-phe", extra: 1 }, { product_handle: ["a"] }]) {
        expect((await keep(lan, body)).status, JSON.stringify(body)).toBe(400)
      }
      for (const query of ["?limit=0", "?limit=101", "?offset=-1", "?handle=Mat%20Ong", "?colour=red", "?locale=fr"]) {
        expect((await favourites(lan, query)).status, query).toBe(400)
      }
      expect((await drop(lan, "M%E1%BA%ADt")).status).toBe(400)
      expect(await handles(lan)).toEqual(["mat-ong-hoa-ca-phe"])
    })
  },
})
