import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAMP_MODULE } from "../../../modules/stamp"
import type StampModuleService from "../../../modules/stamp/service"
import type { IssueBatchInput } from "../../../modules/stamp/service"

/** Writes the batch and its N codes; undo removes them all (nothing has been printed from a batch not returned). */
export const createStampBatchStep = createStep(
  "ocop-create-stamp-batch",
  async (input: IssueBatchInput, { container }) => {
    const stamps: StampModuleService = container.resolve(STAMP_MODULE)
    const batch = await stamps.issueBatch(input)
    return new StepResponse(batch, batch.id)
  },
  async (id, { container }) => {
    if (!id) return
    const stamps: StampModuleService = container.resolve(STAMP_MODULE)
    await stamps.deleteBatchForGood(id)
  }
)
