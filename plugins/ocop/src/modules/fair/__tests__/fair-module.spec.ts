import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { FAIR_MODULE } from "../index"
import { fairWindow } from "../schedule"
import type FairModuleService from "../service"

const fair = (handle: string) => ({
  handle,
  name: "Hội chợ OCOP Buôn Ma Thuột",
  organiser: "Sở Công Thương tỉnh Đắk Lắk",
  organiser_phone: "+84905111222",
  venue_name: "Quảng trường 10/3",
  address: "Quảng trường 10/3, Buôn Ma Thuột",
  province_code: "66",
  ward_code: "24121",
  latitude: 12.6675,
  longitude: 108.0378,
  opening_hours_vi: "8:00–22:00",
  ...fairWindow("2027-03-10", "2027-03-14"),
})

moduleIntegrationTestRunner<FairModuleService>({
  moduleName: FAIR_MODULE,
  resolve: path.resolve(__dirname, ".."),
  testSuite: ({ service }) => {
    it("keeps a fair's zones and booths with it, a draft until published, on a 12 × 8 floor unless told", async () => {
      const created = await service.createFairs(fair("hoi-cho-a"))
      expect(created).toMatchObject({ published: false, floor_columns: 12, floor_rows: 8, description_vi: "" })
      const [zone] = await service.createFairZones([{ fair_id: created.id, code: "A", name: "Cà phê" }])
      await service.createBooths([{ fair_id: created.id, zone_id: zone!.id, number: "A1", producer_id: "ocprod_1", x: 0, y: 0 }])
      const [loaded] = await service.listFairs({ id: created.id }, { relations: ["zones", "booths"] })
      expect(loaded!.zones.map((z) => z.code)).toEqual(["A"])
      expect(loaded!.booths.map((b) => [b.number, b.width, b.height, b.zone_id])).toEqual([["A1", 1, 1, zone!.id]])
    })

    it("refuses two live booths with one number at a fair, a fair that ends before it starts, and a booth off the grid", async () => {
      const created = await service.createFairs(fair("hoi-cho-b"))
      await service.createBooths([{ fair_id: created.id, number: "A1", producer_id: "ocprod_1", x: 0, y: 0 }])
      await expect(service.createBooths([{ fair_id: created.id, number: "A1", producer_id: "ocprod_2", x: 2, y: 0 }])).rejects.toThrow()
      await expect(service.createBooths([{ fair_id: created.id, number: "A9", producer_id: "ocprod_2", x: -1, y: 0 }])).rejects.toThrow()
      const { starts_at, ends_at } = fairWindow("2027-03-10", "2027-03-14")
      await expect(service.createFairs({ ...fair("hoi-cho-c"), starts_at: ends_at, ends_at: starts_at })).rejects.toThrow()
      // A deleted booth frees its number.
      const [first] = await service.listBooths({ fair_id: created.id })
      await service.softDeleteBooths(first!.id)
      await expect(service.createBooths([{ fair_id: created.id, number: "A1", producer_id: "ocprod_2", x: 0, y: 0 }])).resolves.toBeDefined()
    })

    it("keeps a lead's history in order and wants a phone or an e-mail on every lead", async () => {
      const lead = await service.createTradeLeads({ producer_id: "ocprod_1", buyer_name: "Chị Lan", email: "lan@example.vn", source: "fair_page", status_changed_at: new Date() })
      expect(lead).toMatchObject({ status: "new", locale: "vi" })
      await service.createTradeLeadEvents([
        { trade_lead_id: lead.id, status: "new", actor: "buyer" },
        { trade_lead_id: lead.id, status: "contract_signed", from_status: "new", contract_value: 250_000_000, actor: "producer:pmem_1" },
      ])
      const [withEvents] = await service.listTradeLeads({ id: lead.id }, { relations: ["events"] })
      expect(withEvents!.events.map((e) => [e.status, e.contract_value == null ? null : Number(e.contract_value)]).sort()).toEqual([
        ["contract_signed", 250_000_000],
        ["new", null],
      ])
      await expect(service.createTradeLeads({ producer_id: "ocprod_1", buyer_name: "Ẩn danh", source: "fair_page", status_changed_at: new Date() })).rejects.toThrow()
    })
  },
})
