import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export type ProgrammeTargetInput = {
  code: string
  period: string
  period_start: string | Date
  period_end: string | Date
  source: string
  description_vi: string
  description_en?: string | null
  metric: string
  min: number
  max?: number | null
  unit: string
}

function check(target: ProgrammeTargetInput) {
  const invalid = (vi: string, en: string) => {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Chỉ tiêu ${target.code}: ${vi} / target ${target.code}: ${en}`)
  }
  if (!/^[a-z][a-z0-9_]*$/.test(target.metric)) {
    invalid(`mã chỉ số "${target.metric}" không hợp lệ`, `metric "${target.metric}" is not a snake_case key`)
  }
  if (!Number.isFinite(target.min) || target.min < 0) invalid(`mức tối thiểu ${target.min} không hợp lệ`, `minimum ${target.min} is not a count`)
  if (target.max != null && target.max < target.min) {
    invalid(`mức tối đa ${target.max} nhỏ hơn mức tối thiểu ${target.min}`, `maximum ${target.max} is below minimum ${target.min}`)
  }
  if (new Date(target.period_end) <= new Date(target.period_start)) {
    invalid("kỳ kết thúc trước khi bắt đầu", "the period ends before it starts")
  }
}

/** Records the province's programme targets; undo deletes them. */
export const createProgrammeTargetsStep = createStep(
  "ocop-create-programme-targets",
  async (targets: ProgrammeTargetInput[], { container }) => {
    targets.forEach(check)
    if (!targets.length) return new StepResponse([], [])
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = await ocop.createProgrammeTargets(
      targets.map((t) => ({ ...t, period_start: new Date(t.period_start), period_end: new Date(t.period_end) }))
    )
    return new StepResponse(created, created.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteProgrammeTargets(ids)
  }
)
