/**
 * The seed run against a started Medusa with the OCOP plugin: what a person finds after `npm start`, read
 * through the plugin's service and `query.graph`. The seed is loaded with Node's own `require` (as `medusa
 * exec` does), so it drives the very workflows the application registered.
 */
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { openSalesPoints } from "@ocop/medusa-plugin-ocop/fairs/where-to-buy"
import { certificationState, isInReminderWindow, isShowable } from "@ocop/medusa-plugin-ocop/rules"
import type { SeedData } from "../../../seed/src/data"

const load = createRequire(__filename)
const { default: seed } = load("../../../seed/src/seed") as { default: (args: { container: MedusaContainer; args: string[] }) => Promise<void> }
const { loadSeedData } = load("../../../seed/src/data") as { loadSeedData: () => SeedData }
const { datedCertification } = load("../../../seed/src/certification-dates") as typeof import("../../../seed/src/certification-dates")

const data = loadSeedData()
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-seed-uploads-"))
const outputFile = path.join(uploadDir, "seed-result.json")
// medusa-config.ts reads it when the runner loads the config, before the runner's own `env` applies.
process.env.OCOP_UPLOAD_DIR = uploadDir

/** Rows the seed creates, counted through the modules. */
async function counts(container: MedusaContainer) {
  const ocop = container.resolve("ocop") as any
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fairModule = container.resolve("fair") as any
  const [products, variants, levels, locations, producers, salesPoints, certifications, entries, targets, files, fairs, booths, leads, leadEvents] = await Promise.all([
    container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"], take: null }),
    container.resolve(Modules.PRODUCT).listProductVariants({}, { select: ["id"], take: null }),
    container.resolve(Modules.INVENTORY).listInventoryLevels({}, { select: ["id"], take: null }),
    container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { select: ["id"], take: null }),
    ocop.listProducers({}, { select: ["id"], take: null }),
    ocop.listSalesPoints({}, { select: ["id"], take: null }),
    ocop.listCertifications({}, { select: ["id"], take: null }),
    ocop.listCatalogueEntries({}, { select: ["id"], take: null }),
    ocop.listProgrammeTargets({}, { select: ["id"], take: null }),
    fs.promises.readdir(path.join(uploadDir, "ocop")).catch(() => []),
    fairModule.listFairs({}, { select: ["id"], take: null }),
    fairModule.listBooths({}, { select: ["id"], take: null }),
    fairModule.listTradeLeads({}, { select: ["id"], take: null }),
    fairModule.listTradeLeadEvents({}, { select: ["id"], take: null }),
  ])
  const { data: memberships } = await query.graph({ entity: "product_sales_channel", fields: ["product_id"] })
  return {
    products: products.length,
    variants: variants.length,
    inventory_levels: levels.length,
    stock_locations: locations.length,
    producers: producers.length,
    sales_points: salesPoints.length,
    certifications: certifications.length,
    catalogue_entries: entries.length,
    programme_targets: targets.length,
    sales_channel_memberships: memberships.length,
    files: files.length,
    fairs: fairs.length,
    booths: booths.length,
    trade_leads: leads.length,
    trade_lead_events: leadEvents.length,
  }
}

async function storefrontChannelProducts(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["handle", "sales_channels.id"],
    filters: {},
  })
  return new Set(
    (data as any[]).filter((p) => p.sales_channels?.some((c: any) => c?.id === store!.default_sales_channel_id)).map((p) => p.handle as string)
  )
}

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ getContainer }) => {
    const now = new Date()
    const showable = data.products.filter((p) => isShowable(datedCertification(p.certification, now), now))
    const hidden = data.products.filter((p) => !showable.includes(p))

    beforeAll(async () => {
      process.env.OCOP_SEED_OUTPUT = outputFile
      await seed({ container: getContainer(), args: [] })
    })

    afterAll(() => {
      delete process.env.OCOP_SEED_OUTPUT
      fs.rmSync(uploadDir, { recursive: true, force: true })
    })

    describe("the seed", () => {
      it("creates the 22 sales points of the plan by type, each with a pickup stock location the storefront sells from", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const [store] = await getContainer().resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
        let { data: points } = await query.graph({
          entity: "sales_point",
          fields: [
            "handle",
            "type",
            "stock_location.name",
            "stock_location.address.address_1",
            "stock_location.sales_channels.id",
            "stock_location.fulfillment_providers.id",
            "stock_location.fulfillment_sets.type",
            "stock_location.fulfillment_sets.service_zones.geo_zones.country_code",
          ],
        })
        // Beside the plan's 22, each seeded fair is a fair_booth point of its own (without a pickup location).
        expect((points as any[]).filter((p) => p.type === "fair_booth").map((p) => p.handle).sort()).toEqual(data.fairs.map((f) => f.handle).sort())
        points = (points as any[]).filter((p) => p.type !== "fair_booth")
        expect(points).toHaveLength(22)
        const byType = (points as any[]).reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.type]: (acc[p.type] ?? 0) + 1 }), {})
        expect(byType).toEqual({ kiosk_cluster: 2, market_kiosk: 16, wholesale_kiosk_cluster: 4 })
        for (const point of points as any[]) {
          const source = data.salesPoints.find((s) => s.handle === point.handle)!
          const location = point.stock_location
          expect([point.handle, location?.name, location?.address?.address_1]).toEqual([point.handle, source.name, source.address])
          expect(location.sales_channels.map((c: any) => c.id)).toContain(store!.default_sales_channel_id)
          expect(location.fulfillment_providers.map((f: any) => f.id)).toContain("manual_manual")
          const pickup = location.fulfillment_sets.filter((set: any) => set.type === "pickup")
          expect(pickup).toHaveLength(1)
          expect(pickup[0].service_zones[0].geo_zones.map((z: any) => z.country_code)).toEqual(["vn"])
        }
      })

      it("lists every showable product of the data in the read model and the storefront's channel, and none of the 2-star, expired or revoked", async () => {
        expect(showable.length).toBeGreaterThanOrEqual(40)
        const ocop = getContainer().resolve("ocop") as any
        const { rows, count } = await ocop.listCatalogue({ now: new Date() }, { limit: 100, offset: 0 })
        expect(count).toBe(showable.length)
        expect(rows.map((r: any) => r.handle).sort()).toEqual(showable.map((p) => p.handle).sort())
        expect([...(await storefrontChannelProducts(getContainer()))].sort()).toEqual(showable.map((p) => p.handle).sort())

        // The deliberate cases are there, and hidden.
        const states = hidden.map((p) => (p.certification.stars < 3 ? "2 stars" : certificationState(datedCertification(p.certification, now), now)))
        expect(states.filter((s) => s === "2 stars").length).toBeGreaterThanOrEqual(2)
        expect(states).toContain("expired")
        expect(states).toContain("revoked")
        expect(hidden.length).toBe(states.length)
      })

      it("gives every listed product its producer, its sales points, its English texts, a price and an illustration", async () => {
        const ocop = getContainer().resolve("ocop") as any
        const { rows } = await ocop.listCatalogue({ now: new Date() }, { limit: 100, offset: 0 })
        for (const row of rows) {
          const source = data.products.find((p) => p.handle === row.handle)!
          expect([row.handle, row.producer_handle]).toEqual([row.handle, source.producer])
          const fairHandles = new Set(data.fairs.map((f) => f.handle))
          const shownAt = data.fairs.filter((f) => f.booths.some((b) => b.products.includes(row.handle))).map((f) => f.handle)
          expect([row.handle, row.sales_point_handles.filter((h: string) => !fairHandles.has(h)).sort()]).toEqual([row.handle, [...source.sales_points].sort()])
          expect([row.handle, row.sales_point_handles.filter((h: string) => fairHandles.has(h)).sort()]).toEqual([row.handle, shownAt.sort()])
          expect([row.handle, row.title_en, row.subtitle_en]).toEqual([row.handle, source.title_en, source.subtitle_en])
          expect([row.handle, row.price_amount]).toEqual([row.handle, Math.min(...source.variants.map((v) => v.price_vnd))])
          expect(row.thumbnail).toMatch(/\/static\/ocop\/\d+-[a-z0-9-]+\.svg$/)
          const file = path.join(uploadDir, "ocop", path.basename(row.thumbnail))
          expect(fs.readFileSync(file, "utf8")).toContain(source.title.split(" ")[0])
        }
      })

      it("records the revocation with the data's date, and keeps the certificate that expires within 30 days on show", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const revoked = data.products.find((p) => p.certification.revoked_at)!
        const expiring = data.products.find((p) => p.certification.expires_in_days_from_run !== undefined)!
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["handle", "certifications.*"],
          filters: { handle: [revoked.handle, expiring.handle] },
        })
        const certOf = (handle: string) => (products as any[]).find((p) => p.handle === handle).certifications[0]
        expect(new Date(certOf(revoked.handle).revoked_at).toISOString().slice(0, 10)).toBe(revoked.certification.revoked_at)
        expect(certOf(revoked.handle).revoked_reason).toContain(revoked.certification.revoked_reason)
        expect(isShowable(certOf(expiring.handle), new Date())).toBe(true)
        expect(isInReminderWindow(certOf(expiring.handle), new Date())).toBe(true)
      })

      it("stocks every variant at the warehouse and records the programme targets", async () => {
        const after = await counts(getContainer())
        const variants = data.products.flatMap((p) => p.variants).length
        expect(after.variants).toBe(variants)
        expect(after.inventory_levels).toBe(variants)
        expect(after.programme_targets).toBe(data.programmeTargets.length)
        expect(after.producers).toBe(data.producers.length)
        expect(after.files).toBe(data.products.length)
      })

      it("holds one past, one current and one upcoming fair of Đắk Lắk with booths of showable products and buyers' enquiries with outcomes", async () => {
        const fairs = getContainer().resolve("fair") as any
        const rows = await fairs.listFairs({}, { relations: ["booths", "zones"] })
        const phaseOf = (fair: any) => (now < new Date(fair.starts_at) ? "upcoming" : now < new Date(fair.ends_at) ? "current" : "past")
        expect(rows.map((f: any) => phaseOf(f)).sort()).toEqual(["current", "past", "upcoming"])
        for (const fair of rows) {
          const source = data.fairs.find((f) => f.handle === fair.handle)!
          expect(fair).toMatchObject({ published: true, province_code: "66" })
          expect(fair.zones.map((z: any) => z.code).sort()).toEqual(source.zones.map((z) => z.code).sort())
          expect(fair.booths.map((b: any) => b.number).sort()).toEqual(source.booths.map((b) => b.number).sort())
        }
        const leads = await fairs.listTradeLeads({}, { relations: ["events"] })
        expect(leads).toHaveLength(data.fairs.flatMap((f) => f.leads).length)
        expect(new Set(leads.map((l: any) => l.status))).toEqual(new Set(["new", "contacted", "memorandum_signed", "contract_signed", "dropped"]))
        const contract = leads.find((l: any) => l.status === "contract_signed" && l.events.length === 4)
        expect(contract.events.map((e: any) => e.status).sort()).toEqual(["contacted", "contract_signed", "memorandum_signed", "new"])
        // Only the running fair's point is a place to buy today.
        const points = await (getContainer().resolve("ocop") as any).listSalesPoints({ type: "fair_booth" })
        const current = rows.find((f: any) => phaseOf(f) === "current")
        expect((await openSalesPoints(getContainer(), points, now)).points.map((p: any) => p.handle)).toEqual([current.handle])
      })

      it("adds nothing when it runs a second time", async () => {
        const before = await counts(getContainer())
        await seed({ container: getContainer(), args: [] })
        expect(await counts(getContainer())).toEqual(before)
        const report = JSON.parse(fs.readFileSync(outputFile, "utf8"))
        expect(report).toMatchObject({ products_created: 0, producers_created: 0, sales_points_created: 0, certifications_created: 0 })
        expect(report.publishable_key).toMatch(/^pk_/)
      })

      it("adds 50 certified products on show and 10 producers with scale=50, and nothing more when run again", async () => {
        const before = await counts(getContainer())
        await seed({ container: getContainer(), args: ["scale=50"] })
        const after = await counts(getContainer())
        expect(after.products - before.products).toBe(50)
        expect(after.producers - before.producers).toBe(10)
        // Each with the certificate of its previous cycle too (expired, or superseded when re-graded).
        expect(after.certifications - before.certifications).toBe(100)
        expect(after.catalogue_entries - before.catalogue_entries).toBe(50)
        expect(after.sales_channel_memberships - before.sales_channel_memberships).toBe(50)
        expect(after.sales_points).toBe(22 + data.fairs.length)

        await seed({ container: getContainer(), args: ["scale=50"] })
        expect(await counts(getContainer())).toEqual(after)
      })

      it("places 12 producers' orders with orders=12, many of them the demo cooperative's, stock received for them, and nothing more when run again", async () => {
        const { demoProducer } = load("../../../seed/src/load/producer-owner") as typeof import("../../../seed/src/load/producer-owner")
        const { findStockViolations } = load("@ocop/medusa-plugin-ocop/checkout/stock-invariants")
        const marketplace = getContainer().resolve("marketplace") as any
        const [demo] = await (getContainer().resolve("ocop") as any).listProducers({ handle: demoProducer(data.producers).handle })
        await seed({ container: getContainer(), args: ["orders=12"] })
        const rows = await marketplace.listProducerOrders({}, { take: null })
        expect(rows).toHaveLength(12)
        expect(rows.filter((r: any) => r.producer_id === demo.id).length).toBeGreaterThanOrEqual(4)
        const groups = await marketplace.listOrderGroups({}, { take: null })
        expect(groups.reduce((sum: number, g: any) => sum + g.parcel_count, 0)).toBe(12)
        expect(await marketplace.listCommissionLines({}, { take: null })).toHaveLength(12)
        expect(await findStockViolations(getContainer())).toEqual([])

        await seed({ container: getContainer(), args: ["orders=12"] })
        expect(await marketplace.listProducerOrders({}, { take: null })).toHaveLength(12)
      })
    })

    describe("the batch certification the generator relies on", () => {
      const { certifyProductsWorkflow } = load("@ocop/medusa-plugin-ocop/workflows")
      const draftFor = (productId: string, certificateNo: string) => ({
        product_id: productId,
        score: 75,
        criteria_version: "1489/2025",
        group: "food",
        sub_group: "coffee_cacao",
        certificate_no: certificateNo,
        decision_no: "9999/QĐ-UBND",
        issued_at: new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString(),
      })
      /** Ids of the products the data keeps off the storefront, in the data's order. */
      const hiddenIds = async () => {
        const products = await getContainer()
          .resolve(Modules.PRODUCT)
          .listProducts({ handle: hidden.map((p) => p.handle) }, { select: ["id", "handle"] })
        return hidden.map((p) => products.find((row) => row.handle === p.handle)!.id)
      }

      it("refuses a batch that uses a certificate number twice, and writes none of it", async () => {
        const before = await counts(getContainer())
        const [a, b] = await hiddenIds()
        const run = certifyProductsWorkflow(getContainer()).run({
          input: { certifications: [draftFor(a!, "OCOP-66-2026-T01"), draftFor(b!, "OCOP-66-2026-T01")] },
        })
        await expect(run).rejects.toThrow(/OCOP-66-2026-T01 appears twice/)
        expect(await counts(getContainer())).toEqual(before)
      })

      it("refuses a certificate number already in the register", async () => {
        const [a] = await hiddenIds()
        const taken = showable[0]!.certification.certificate_no!
        const run = certifyProductsWorkflow(getContainer()).run({ input: { certifications: [draftFor(a!, taken)] } })
        await expect(run).rejects.toThrow(new RegExp(`${taken} is already used`))
      })

      it("puts a newly certified product on show, in the read model and the storefront's channel", async () => {
        const [a] = await hiddenIds()
        await certifyProductsWorkflow(getContainer()).run({ input: { certifications: [draftFor(a!, "OCOP-66-2026-T02")] } })
        const ocop = getContainer().resolve("ocop") as any
        const { rows } = await ocop.listCatalogue({ now: new Date(), product_handles: [hidden[0]!.handle] }, { limit: 10, offset: 0 })
        expect(rows.map((r: any) => [r.handle, r.stars, r.certificate_no])).toEqual([[hidden[0]!.handle, 4, "OCOP-66-2026-T02"]])
        expect(await storefrontChannelProducts(getContainer())).toContain(hidden[0]!.handle)
      })
    })
  },
})
