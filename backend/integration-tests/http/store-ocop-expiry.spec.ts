/**
 * Expiry as a shopper and a producer meet it: the daily sweep (`expireCertificationsWorkflow`, what the job at
 * src/jobs/expire-certifications.ts runs) with its clock moved instead of waiting. Thirty days before expiry the
 * producer gets one e-mail; the day after, the product is gone from the store API, Medusa's catalogue and carts,
 * `ocop.certification.lapsed` is emitted once, and sweeping again changes nothing.
 */
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { expireCertificationsWorkflow, OcopEvents } from "@ocop/medusa-plugin-ocop/workflows"
import { vi, type MockInstance } from "vitest"
import {
  attachProducer,
  certify,
  createProducers,
  createProduct,
  createStorefront,
  DAY_MS,
  daysFrom,
  inStorefrontChannel,
  type CreatedProduct,
  type Storefront,
} from "../fixtures/ocop"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    const now = new Date()
    let storefront: Storefront
    let lapsing: CreatedProduct
    let staying: CreatedProduct
    let opening: CreatedProduct
    let lapsingCertificate: string
    const expiresAt = new Date(now.getTime() + 40 * DAY_MS)

    beforeAll(async () => {
      const container = getContainer()
      storefront = await createStorefront(container)
      const producers = await createProducers(container, [
        {
          handle: "htx-ruou-can-lak",
          name: "HTX Rượu cần Lắk",
          entity_type: "cooperative",
          email: "htx.ruoucan.lak@example.vn",
          address_as_certified: "thị trấn Liên Sơn, huyện Lắk, tỉnh Đắk Lắk",
        },
      ])
      const product = (handle: string, title: string, sku: string) =>
        createProduct(container, storefront, { handle, title, variants: [{ title: "Ché 2 lít", sku, price_vnd: 250000 }] })
      lapsing = await product("ruou-can-e-de-h-nhoi", "Rượu cần Ê Đê H'Nhỏi", "RC-HN-2L")
      staying = await product("ruou-can-lak", "Rượu cần Lắk", "RC-LAK-2L")
      opening = await product("ruou-can-moi-cap", "Rượu cần mới cấp", "RC-MOI-2L")
      for (const p of [lapsing, staying, opening]) await attachProducer(container, p.id, producers["htx-ruou-can-lak"])
      lapsingCertificate = await certify(container, lapsing.id, {
        score: 64, group: "drinks", sub_group: "alcoholic", certificate_no: "OCOP-66-2023-041",
        issued_at: daysFrom(now, -1055), expires_at: expiresAt.toISOString(),
      })
      await certify(container, staying.id, {
        score: 75, group: "drinks", sub_group: "alcoholic", certificate_no: "OCOP-66-2025-007", issued_at: daysFrom(now, -30),
      })
      await certify(container, opening.id, {
        score: 58, group: "drinks", sub_group: "alcoholic", certificate_no: "OCOP-66-2026-012", issued_at: daysFrom(now, 10),
      })
    })

    let emit: MockInstance
    beforeEach(() => {
      emit = vi.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
    })
    afterEach(() => {
      emit.mockRestore()
    })

    /** The events of one name the workflows handed to the event bus since the test began. */
    const emitted = (name: string) =>
      emit.mock.calls.flatMap(([messages]) => [messages].flat()).filter((message: any) => message?.name === name)
    const sweep = async (at: Date) =>
      (await expireCertificationsWorkflow(getContainer()).run({ input: { now: at.toISOString() } })).result
    const listed = async () =>
      (await api.get("/store/ocop/products?limit=100", storefront.headers)).data.products.map((card: any) => card.handle)

    it("reminds the producer by e-mail once, 30 days before the certificate expires, and keeps the product on sale", async () => {
      const container = getContainer()
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const at = new Date(expiresAt.getTime() - 10 * DAY_MS)

      const delivered = TestEventUtils.waitSubscribersExecution(OcopEvents.EXPIRING, eventBus)
      expect(await sweep(at)).toEqual({ lapsed: [], reminded: [lapsingCertificate], refreshed: [] })
      await delivered

      const notifications = container.resolve(Modules.NOTIFICATION)
      const sent = await notifications.listNotifications({ resource_id: lapsingCertificate })
      expect(sent).toHaveLength(1)
      expect(sent[0]).toMatchObject({
        to: "htx.ruoucan.lak@example.vn",
        channel: "email",
        template: "ocop-certification-expiring",
        trigger_type: OcopEvents.EXPIRING,
        data: expect.objectContaining({ certificate_no: "OCOP-66-2023-041", product_title: "Rượu cần Ê Đê H'Nhỏi" }),
      })
      expect(await listed()).toContain("ruou-can-e-de-h-nhoi")

      expect(await sweep(at)).toEqual({ lapsed: [], reminded: [], refreshed: [] })
      expect(emitted(OcopEvents.EXPIRING)).toHaveLength(1)
      expect(await notifications.listNotifications({ resource_id: lapsingCertificate })).toHaveLength(1)
    })

    it("takes the product off the store API, Medusa's catalogue and carts the day after expiry, emitting lapsed once", async () => {
      const container = getContainer()
      const at = new Date(expiresAt.getTime() + DAY_MS)
      expect(await listed()).toEqual(expect.arrayContaining(["ruou-can-e-de-h-nhoi", "ruou-can-lak"]))

      const result = await sweep(at)
      expect(result.lapsed).toEqual([lapsingCertificate])
      expect(emitted(OcopEvents.LAPSED).map((message: any) => message.data)).toEqual([
        { id: lapsingCertificate, product_id: lapsing.id, reason: "expired", expires_at: expiresAt.toISOString() },
      ])

      expect(await listed()).toEqual(["ruou-can-lak"])
      const detail = await api.get("/store/ocop/products/ruou-can-e-de-h-nhoi", storefront.headers).catch((e: any) => e.response)
      expect(detail.status).toBe(404)
      expect(await inStorefrontChannel(container, storefront, lapsing.id)).toBe(false)
      const medusas = await api.get("/store/products?handle=ruou-can-e-de-h-nhoi", storefront.headers)
      expect(medusas.data.products).toEqual([])
      expect(await inStorefrontChannel(container, storefront, staying.id)).toBe(true)
      const { data } = await api.post("/store/carts", { region_id: storefront.regionId }, storefront.headers)
      const refused = await api
        .post(`/store/carts/${data.cart.id}/line-items`, { variant_id: lapsing.variant_ids[0], quantity: 1 }, storefront.headers)
        .catch((e: any) => e.response)
      expect(refused.status).toBe(400)

      const ocop = container.resolve("ocop") as any
      const [stamped] = await ocop.listCertifications({ id: lapsingCertificate }, { select: ["lapsed_at"] })

      expect(await sweep(at)).toEqual({ lapsed: [], reminded: [], refreshed: [] })
      expect(emitted(OcopEvents.LAPSED)).toHaveLength(1)
      const [again] = await ocop.listCertifications({ id: lapsingCertificate }, { select: ["lapsed_at"] })
      expect(again.lapsed_at).toEqual(stamped.lapsed_at)
      expect(await listed()).toEqual(["ruou-can-lak"])
    })

    it("puts a product certified for a later day into the storefront's channel when the sweep reaches that day", async () => {
      const container = getContainer()
      expect(await inStorefrontChannel(container, storefront, opening.id)).toBe(false)
      const result = await sweep(new Date(now.getTime() + 10 * DAY_MS + 60_000))
      expect(result.refreshed).toContain(opening.id)
      expect(await inStorefrontChannel(container, storefront, opening.id)).toBe(true)
      expect(emitted(OcopEvents.LAPSED)).toEqual([])
    })
  },
})
