import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROGRAMME_MODULE } from "../../../modules/programme"
import type ProgrammeModuleService from "../../../modules/programme/service"
import type { ReminderClaim } from "../../../modules/programme/service"

export type ClaimedReminder = { id: string; certification_id: string; key: string }

/**
 * Takes the reminders' keys that nobody took before (models/certification-reminder.ts): only these are mailed.
 * Undo frees them again, so a run that fails after claiming does not swallow a reminder.
 */
export const claimRemindersStep = createStep(
  "ocop-claim-reminders",
  async (claims: ReminderClaim[], { container }) => {
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    const claimed = await programme.claimReminders(claims)
    return new StepResponse<ClaimedReminder[], string[]>(claimed, claimed.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    await programme.deleteCertificationReminders(ids)
  }
)
