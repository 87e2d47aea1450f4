import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { isValidVietnamPhone, normalizeVietnamPhone, type ProducerEntityType } from "../../modules/ocop/rules"
import { refuseUnknownPlace } from "../utils/known-place"

export type ProducerInput = {
  handle: string
  name: string
  entity_type: ProducerEntityType
  representative: string
  phone: string
  email?: string | null
  province_code: string
  ward_code: string
  address_line: string
  address_as_certified: string
  latitude?: number | null
  longitude?: number | null
  story_vi?: string
  story_en?: string | null
  founded_year?: number | null
}

/** Phones are kept in E.164 (+84…) whatever spacing people typed; a number that is not Vietnamese is refused. */
export function normalizeProducerPhone<T extends { phone?: string }>(data: T): T {
  if (data.phone === undefined) return data
  if (!isValidVietnamPhone(data.phone)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Số điện thoại ${data.phone} không hợp lệ / ${data.phone} is not a Vietnamese phone number`
    )
  }
  return { ...data, phone: normalizeVietnamPhone(data.phone)! }
}

/** Creates producers; undo deletes them. */
export const createProducersStep = createStep(
  "ocop-create-producers",
  async (producers: ProducerInput[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    for (const producer of producers) refuseUnknownPlace("producer", producer)
    const created = await ocop.createProducers(producers.map(normalizeProducerPhone))
    return new StepResponse(created, created.map((p) => p.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteProducers(ids)
  }
)
