import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"
import type { ZoneFields } from "./fair-steps"

export type ZoneInput = ZoneFields & { fair_id: string }
export type ZoneUpdate = Partial<ZoneFields> & { id: string; fair_id: string }

async function refuseTakenCode(fairs: FairModuleService, fairId: string, code: string | undefined, id?: string) {
  if (!code) return
  const [other] = await fairs.listFairZones({ fair_id: fairId, code }, { select: ["id"] })
  if (other && other.id !== id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Hội chợ đã có khu ${code} / the fair already has a zone ${code}`)
  }
}

async function zoneOf(fairs: FairModuleService, fairId: string, id: string) {
  const [zone] = await fairs.listFairZones({ id, fair_id: fairId })
  if (!zone) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có khu ${id} trong hội chợ này / zone ${id} not found in this fair`)
  return zone
}

/** Adds a zone to a fair (after the last one unless a rank is given); undo deletes it. */
export const createZoneStep = createStep(
  "ocop-create-fair-zone",
  async (input: ZoneInput, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    const [fair] = await fairs.listFairs({ id: input.fair_id }, { select: ["id"] })
    if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có hội chợ ${input.fair_id} / fair ${input.fair_id} not found`)
    await refuseTakenCode(fairs, input.fair_id, input.code)
    const rank = input.rank ?? (await fairs.listFairZones({ fair_id: input.fair_id }, { select: ["id"] })).length
    const zone = await fairs.createFairZones({ ...input, rank })
    return new StepResponse(zone, zone.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FairModuleService>(FAIR_MODULE).deleteFairZones(id)
  }
)

export const updateZoneStep = createStep(
  "ocop-update-fair-zone",
  async ({ fair_id, ...update }: ZoneUpdate, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    const before = await zoneOf(fairs, fair_id, update.id)
    await refuseTakenCode(fairs, fair_id, update.code, update.id)
    const zone = await fairs.updateFairZones(update)
    const previous: Record<string, unknown> = { id: update.id }
    for (const key of Object.keys(update)) previous[key] = (before as Record<string, unknown>)[key]
    return new StepResponse(zone, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<FairModuleService>(FAIR_MODULE).updateFairZones(previous as any)
  }
)

/** Removes an empty zone; a zone with booths stays until they move or go (the floor plan would lose them). */
export const deleteZoneStep = createStep(
  "ocop-delete-fair-zone",
  async ({ fair_id, id }: { fair_id: string; id: string }, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    const zone = await zoneOf(fairs, fair_id, id)
    const booths = await fairs.listBooths({ zone_id: id }, { select: ["number"] })
    if (booths.length) {
      const numbers = booths.map((b) => b.number).join(", ")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Khu ${zone.code} còn gian hàng ${numbers}: chuyển hoặc xoá chúng trước / zone ${zone.code} still has booths ${numbers}: move or delete them first`
      )
    }
    await fairs.softDeleteFairZones(id)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FairModuleService>(FAIR_MODULE).restoreFairZones(id)
  }
)
