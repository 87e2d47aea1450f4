import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import { fairDays, fairWindow } from "../../../modules/fair/schedule"
import type FairModuleService from "../../../modules/fair/service"
import { refuseUnknownPlace } from "../../utils/known-place"

export type FairFields = {
  handle: string
  name: string
  name_en?: string | null
  organiser: string
  organiser_phone: string
  organiser_email?: string | null
  venue_name: string
  address: string
  province_code: string
  ward_code: string
  latitude: number
  longitude: number
  /** ISO days in Vietnam, both included (schedule.ts). */
  first_day: string
  last_day: string
  opening_hours_vi: string
  opening_hours_en?: string | null
  description_vi?: string
  description_en?: string | null
  cover_image?: string | null
  floor_columns?: number
  floor_rows?: number
  published?: boolean
}

export type ZoneFields = { code: string; name: string; name_en?: string | null; rank?: number }

export type FairInput = FairFields & { zones?: ZoneFields[] }
export type FairUpdate = Partial<FairFields> & { id: string }

const invalid = (error: unknown) => new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)

/** The organiser's days as the instants stored (schedule.ts); a last day before the first is a 400. */
function windowOf(first: string, last: string) {
  try {
    return fairWindow(first, last)
  } catch (error) {
    throw invalid(error)
  }
}

function toRecord({ first_day, last_day, ...fields }: Partial<FairFields>, current?: { starts_at: Date; ends_at: Date; first_day: string; last_day: string }) {
  const record: Record<string, unknown> = { ...fields }
  if (first_day !== undefined || last_day !== undefined) {
    Object.assign(record, windowOf(first_day ?? current!.first_day, last_day ?? current!.last_day))
  }
  return record
}

async function refuseTakenHandle(fairs: FairModuleService, handle: string | undefined, id?: string) {
  if (!handle) return
  const [other] = await fairs.listFairs({ handle }, { select: ["id"] })
  if (other && other.id !== id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã ${handle} đã thuộc về hội chợ khác / handle ${handle} is already used by another fair`)
  }
}

/** Creates a fair with its zones; undo deletes them. */
export const createFairStep = createStep(
  "ocop-create-fair",
  async ({ zones = [], ...input }: FairInput, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    refuseUnknownPlace("sales_point", input)
    await refuseTakenHandle(fairs, input.handle)
    refuseRepeatedZones(zones)
    const fair = await fairs.createFairs(toRecord(input) as any)
    const created = zones.length ? await fairs.createFairZones(zones.map((zone, rank) => ({ rank, ...zone, fair_id: fair.id }))) : []
    return new StepResponse(fair, { fair_id: fair.id, zone_ids: created.map((zone) => zone.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    if (undo.zone_ids.length) await fairs.deleteFairZones(undo.zone_ids)
    await fairs.deleteFairs(undo.fair_id)
  }
)

/** Changes a fair; undo writes back what it had. */
export const updateFairStep = createStep(
  "ocop-update-fair",
  async (update: FairUpdate, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    const [before] = await fairs.listFairs({ id: update.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có hội chợ ${update.id} / fair ${update.id} not found`)
    refuseUnknownPlace("sales_point", update, before)
    await refuseTakenHandle(fairs, update.handle, update.id)
    const { id, ...change } = update
    const record = toRecord(change, { starts_at: before.starts_at, ends_at: before.ends_at, ...fairDays(before) })
    const previous: Record<string, unknown> = { id }
    for (const key of Object.keys(record)) previous[key] = (before as Record<string, unknown>)[key]
    const updated = await fairs.updateFairs({ id, ...record } as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    await fairs.updateFairs(previous as any)
  }
)

/** Soft-deletes a fair with its zones and booths; undo restores them. */
export const deleteFairStep = createStep(
  "ocop-delete-fair",
  async (id: string, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    const [leads] = await fairs.listAndCountTradeLeads({ fair_id: id }, { take: 1, select: ["id"] })
    if (leads.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Hội chợ đã có khách hỏi mua nên được giữ lại; hãy thôi công bố nếu không muốn hiện / a fair with enquiries is kept: unpublish it to hide it"
      )
    }
    const booths = await fairs.listBooths({ fair_id: id }, { select: ["id"] })
    const zones = await fairs.listFairZones({ fair_id: id }, { select: ["id"] })
    if (booths.length) await fairs.softDeleteBooths(booths.map((b) => b.id))
    if (zones.length) await fairs.softDeleteFairZones(zones.map((z) => z.id))
    await fairs.softDeleteFairs(id)
    return new StepResponse({ id }, { id, booth_ids: booths.map((b) => b.id), zone_ids: zones.map((z) => z.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    await fairs.restoreFairs(undo.id)
    if (undo.zone_ids.length) await fairs.restoreFairZones(undo.zone_ids)
    if (undo.booth_ids.length) await fairs.restoreBooths(undo.booth_ids)
  }
)

function refuseRepeatedZones(zones: { code: string }[]) {
  const seen = new Set<string>()
  for (const { code } of zones) {
    if (seen.has(code)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Khu ${code} xuất hiện hai lần / zone ${code} is given twice`)
    seen.add(code)
  }
}
