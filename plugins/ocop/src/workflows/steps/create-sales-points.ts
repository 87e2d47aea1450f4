import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { SalesPointType } from "../../modules/ocop/rules"
import { refuseUnknownPlace } from "../utils/known-place"

export type SalesPointInput = {
  handle: string
  name: string
  type: SalesPointType
  market_name: string
  address: string
  province_code: string
  ward_code: string
  address_as_certified: string
  latitude: number
  longitude: number
  opening_hours_vi: string
  opening_hours_en?: string | null
  phone: string
  active?: boolean
}

/** Creates sales points; undo deletes them. */
export const createSalesPointsStep = createStep(
  "ocop-create-sales-points",
  async (salesPoints: SalesPointInput[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    for (const point of salesPoints) refuseUnknownPlace("sales_point", point)
    const created = await ocop.createSalesPoints(salesPoints)
    return new StepResponse(created, created.map((p) => p.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteSalesPoints(ids)
  }
)
