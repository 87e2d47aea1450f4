import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { refuseUnknownPlace } from "../utils/known-place"
import { normalizeProducerPhone, type ProducerInput } from "./create-producers"

export type ProducerUpdate = Partial<ProducerInput> & { id: string }

/** Changes producers; undo writes back the previous values of the fields it changed. */
export const updateProducersStep = createStep(
  "ocop-update-producers",
  async (updates: ProducerUpdate[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const normalized = updates.map(normalizeProducerPhone)
    const before = await ocop.listProducers({ id: updates.map((u) => u.id) })
    assertAllFound("producer", updates.map((u) => u.id), before)
    for (const update of updates) refuseUnknownPlace("producer", update, before.find((row) => row.id === update.id))
    const updated = await ocop.updateProducers(normalized)
    return new StepResponse(updated, previousValues(normalized, before))
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateProducers(previous)
  }
)

export function assertAllFound(entity: "producer" | "sales_point", ids: string[], found: { id: string }[]) {
  const have = new Set(found.map((row) => row.id))
  const missing = ids.filter((id) => !have.has(id))
  if (missing.length) {
    const [vi, en] = entity === "producer" ? ["chủ thể", "producer"] : ["điểm bán", "sales point"]
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không có ${vi} ${missing.join(", ")} / ${en} ${missing.join(", ")} not found`
    )
  }
}

/** For each update, the same keys with the values they had, so undo touches nothing else. */
export function previousValues<T extends { id: string }>(updates: T[], before: Record<string, any>[]): T[] {
  const byId = new Map(before.map((row) => [row.id as string, row]))
  return updates.map((update) => {
    const row = byId.get(update.id)!
    return Object.fromEntries(Object.keys(update).map((key) => [key, row[key] ?? null])) as T
  })
}
