import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { SalesPointInput } from "./create-sales-points"
import { refuseUnknownPlace } from "../utils/known-place"
import { assertAllFound, previousValues } from "./update-producers"

export type SalesPointUpdate = Partial<SalesPointInput> & { id: string }

/** Changes sales points; undo writes back the previous values of the fields it changed. */
export const updateSalesPointsStep = createStep(
  "ocop-update-sales-points",
  async (updates: SalesPointUpdate[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.listSalesPoints({ id: updates.map((u) => u.id) })
    assertAllFound("sales_point", updates.map((u) => u.id), before)
    for (const update of updates) refuseUnknownPlace("sales_point", update, before.find((row) => row.id === update.id))
    const updated = await ocop.updateSalesPoints(updates)
    return new StepResponse(updated, previousValues(updates, before))
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateSalesPoints(previous)
  }
)

/** Soft-deletes sales points; undo restores them. */
export const deleteSalesPointsStep = createStep(
  "ocop-delete-sales-points",
  async (ids: string[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.softDeleteSalesPoints(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.restoreSalesPoints(ids)
  }
)
