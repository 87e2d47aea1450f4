import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { ValidCertification } from "./validate-certification"

/** Writes a validated certification; undo deletes it. */
export const createCertificationStep = createStep(
  "ocop-create-certification",
  async ({ product_id: _, ...data }: ValidCertification, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const certification = await ocop.createCertifications(data)
    return new StepResponse(certification, certification.id)
  },
  async (id, { container }) => {
    if (!id) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteCertifications(id)
  }
)
