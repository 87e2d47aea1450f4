import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROGRAMME_MODULE } from "../../../modules/programme"
import type ProgrammeModuleService from "../../../modules/programme/service"

/** Records who confirmed the import and what it wrote; undo puts it back to previewed. */
export const markImportConfirmedStep = createStep(
  "ocop-mark-import-confirmed",
  async (input: { id: string; confirmed_by: string | null; result: Record<string, unknown> }, { container }) => {
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    await programme.updateRegisterImports({ id: input.id, status: "confirmed", confirmed_at: new Date(), confirmed_by: input.confirmed_by, result: input.result })
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    await programme.updateRegisterImports({ id, status: "previewed", confirmed_at: null, confirmed_by: null, result: null })
  }
)
