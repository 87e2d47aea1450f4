import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

type CertificationChange = {
  id: string
  revoked_at?: Date | null
  revoked_reason?: string | null
  expiring_notified_at?: Date | null
  lapsed_at?: Date | null
}

const CHANGEABLE = ["revoked_at", "revoked_reason", "expiring_notified_at", "lapsed_at"] as const

/** Stamps revocations and notifications on certifications; undo puts the previous values back. */
export const updateCertificationsStep = createStep(
  "ocop-update-certifications",
  async (changes: CertificationChange[], { container }) => {
    if (!changes.length) return new StepResponse([], [])
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.listCertifications({ id: changes.map((c) => c.id) }, { select: ["id", ...CHANGEABLE] })
    const updated = await ocop.updateCertifications(changes)
    return new StepResponse(updated, before.map((cert) => ({ id: cert.id, ...pick(cert) })))
  },
  async (before, { container }) => {
    if (!before?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCertifications(before)
  }
)

function pick(cert: Record<string, unknown>) {
  return Object.fromEntries(CHANGEABLE.map((key) => [key, cert[key] ?? null])) as Omit<CertificationChange, "id">
}
