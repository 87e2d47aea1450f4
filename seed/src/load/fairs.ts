/**
 * Three fairs of Đắk Lắk (seed/data/fairs.json): one held two months before the seed's day, one running on it,
 * one five weeks after, with zones, booths of the seeded producers showing their certified products, and the
 * enquiries buyers left with what came of them. Everything goes through the plugin's workflows (the fair and its
 * sales point, each booth with its showable products, each lead and each step of its status), as an organiser,
 * a buyer and a producer would. Idempotent: a fair is made once by handle, a booth once by number, and a
 * fair's leads only while it has none.
 */
import {
  createFairWorkflow,
  createTradeLeadWorkflow,
  saveBoothWorkflow,
  updateTradeLeadStatusWorkflow,
} from "@ocop/medusa-plugin-ocop/workflows"
import type { SeedFair } from "../data"
import type { Container } from "./util"

const DAY_MS = 24 * 60 * 60 * 1000
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The Vietnam calendar day `days` after `now`'s, as the organiser's form writes it. */
export function vietnamDayFrom(now: Date, days: number): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10)
}

export async function ensureFairs(container: Container, fairs: readonly SeedFair[], products: Map<string, string>, producers: Map<string, string>, now: Date) {
  const service = container.resolve("fair") as any
  const counts = { fairs: 0, booths: 0, leads: 0 }
  for (const fair of fairs) {
    let [existing] = await service.listFairs({ handle: fair.handle }, { relations: ["zones", "booths"] })
    if (!existing) {
      const { handle, name, name_en, organiser, organiser_phone, organiser_email, venue_name, address, province_code, ward_code } = fair
      await createFairWorkflow(container).run({
        input: {
          handle, name, name_en, organiser, organiser_phone, organiser_email, venue_name, address, province_code, ward_code,
          latitude: fair.latitude,
          longitude: fair.longitude,
          first_day: vietnamDayFrom(now, fair.first_day_from_run),
          last_day: vietnamDayFrom(now, fair.first_day_from_run + fair.days - 1),
          opening_hours_vi: fair.opening_hours_vi,
          opening_hours_en: fair.opening_hours_en,
          description_vi: fair.description_vi,
          description_en: fair.description_en,
          floor_columns: fair.floor_columns,
          floor_rows: fair.floor_rows,
          published: true,
          zones: fair.zones,
        },
      })
      counts.fairs += 1
      ;[existing] = await service.listFairs({ handle: fair.handle }, { relations: ["zones", "booths"] })
    }
    const zoneOf = new Map((existing.zones as any[]).map((zone) => [zone.code, zone.id]))
    const numbers = new Set((existing.booths as any[]).map((booth) => booth.number))
    for (const booth of fair.booths.filter((b) => !numbers.has(b.number))) {
      await saveBoothWorkflow(container).run({
        input: {
          fair_id: existing.id,
          number: booth.number,
          zone_id: zoneOf.get(booth.zone) ?? null,
          producer_id: producers.get(booth.producer)!,
          x: booth.x,
          y: booth.y,
          width: booth.width,
          height: booth.height,
          product_ids: booth.products.map((handle) => products.get(handle)!),
          now: now.toISOString(),
        },
      })
      counts.booths += 1
    }
    const [, leadCount] = await service.listAndCountTradeLeads({ fair_id: existing.id }, { take: 1 })
    if (leadCount) continue
    for (const lead of fair.leads) {
      const { statuses, booth, product, ...buyer } = lead
      const { result } = await createTradeLeadWorkflow(container).run({
        input: { ...buyer, fair_handle: fair.handle, booth, product_handle: product, now: now.toISOString() },
      })
      for (const step of statuses) {
        await updateTradeLeadStatusWorkflow(container).run({ input: { id: result.id, ...step, actor: "seed" } })
      }
      counts.leads += 1
    }
  }
  return counts
}
