import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export type AssertHandlesFreeInput = {
  entity: "producer" | "sales_point"
  /** The records about to be written; `id` is the record's own, so keeping its handle is not a clash. */
  items: { id?: string; handle?: string }[]
}

const LABEL = {
  producer: { vi: "chủ thể", en: "producer" },
  sales_point: { vi: "điểm bán", en: "sales point" },
} as const

/**
 * Refuses a handle that another live record already has, before anything is written. The database's unique
 * index would refuse it too, but in English and only after earlier steps ran; this says it in both languages.
 */
export const assertHandlesFreeStep = createStep(
  "ocop-assert-handles-free",
  async ({ entity, items }: AssertHandlesFreeInput, { container }) => {
    const wanted = items.filter((item): item is { id?: string; handle: string } => !!item.handle)
    const label = LABEL[entity]
    const seen = new Set<string>()
    for (const { handle } of wanted) {
      if (seen.has(handle)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Mã ${handle} xuất hiện hai lần / handle ${handle} is given twice`
        )
      }
      seen.add(handle)
    }
    if (!wanted.length) return new StepResponse(void 0)

    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const filters = { handle: wanted.map((item) => item.handle) }
    const taken =
      entity === "producer"
        ? await ocop.listProducers(filters, { select: ["id", "handle"] })
        : await ocop.listSalesPoints(filters, { select: ["id", "handle"] })
    for (const other of taken) {
      const clash = wanted.find((item) => item.handle === other.handle && item.id !== other.id)
      if (clash) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Mã ${clash.handle} đã thuộc về ${label.vi} khác / handle ${clash.handle} is already used by another ${label.en}`
        )
      }
    }
    return new StepResponse(void 0)
  }
)
