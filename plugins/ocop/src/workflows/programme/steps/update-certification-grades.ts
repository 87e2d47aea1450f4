import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type GradeUpdate = {
  id: string
  score?: number
  stars?: number
  level?: "province" | "national" | null
  criteria_version?: string
  group_code?: string
  sub_group_code?: string | null
  decision_no?: string | null
  issued_at?: Date
  expires_at?: Date
}

const FIELDS = ["score", "stars", "level", "criteria_version", "group_code", "sub_group_code", "decision_no", "issued_at", "expires_at"] as const

/**
 * Corrects what the register holds of certifications (a decision's score, dates or group, checked row by row
 * against rules.ts in the preview); undo writes the previous values back.
 */
export const updateCertificationGradesStep = createStep(
  "ocop-update-certification-grades",
  async (updates: GradeUpdate[], { container }) => {
    if (!updates.length) return new StepResponse([], [])
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.listCertifications({ id: updates.map((u) => u.id) }, { select: ["id", ...FIELDS], take: null })
    await ocop.updateCertifications(updates as any)
    return new StepResponse(
      updates.map((u) => u.id),
      before.map((cert: any) => ({ id: cert.id, ...Object.fromEntries(FIELDS.map((f) => [f, cert[f] ?? null])) }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCertifications(before as any)
  }
)
