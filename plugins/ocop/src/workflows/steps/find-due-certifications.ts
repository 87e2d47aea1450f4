import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { PROGRAMME_MODULE } from "../../modules/programme"
import type ProgrammeModuleService from "../../modules/programme/service"
import { currentCertification, dueRenewalReminder, RENEWAL_REMINDER_DAYS, type RenewalReminderStage } from "../../modules/ocop/rules"
import type { CertificationGraph } from "../utils/project-product"

const DAY_MS = 24 * 60 * 60 * 1000
/** A certificate issued for a future day enters the storefront on that day; a sweep missed for a week still catches it. */
const OPENING_LOOKBACK_DAYS = 7

export type DueCertification = { id: string; product_id: string; expires_at: string }
export type DueReminder = DueCertification & { stage: RenewalReminderStage }

/** The key a sweep's reminder is claimed under (modules/programme/models/certification-reminder.ts). */
export const stageKey = (stage: number) => `stage-${stage}`

export type DueCertifications = {
  /** Expired, not yet recorded as lapsed. */
  lapsing: DueCertification[]
  /** Current and valid, in a reminder window (90, 30 or 7 days before expiry) whose reminder was not sent. */
  expiring: DueReminder[]
  /** Products to re-project: those of lapsing certificates and those whose certificate opened lately. */
  product_ids: string[]
}

/** What the daily sweep has to do at `now`; reads only. */
export const findDueCertificationsStep = createStep(
  "ocop-find-due-certifications",
  async (input: { now?: string }, { container }) => {
    const now = input.now ? new Date(input.now) : new Date()
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const lapsed = await ocop.listCertifications(
      { revoked_at: null, lapsed_at: null, expires_at: { $lte: now } },
      { select: ["id"] }
    )
    const reminderEdge = new Date(now.getTime() + Math.max(...RENEWAL_REMINDER_DAYS) * DAY_MS)
    const nearing = await ocop.listCertifications(
      { revoked_at: null, expires_at: { $gt: now, $lte: reminderEdge } },
      { select: ["id"] }
    )
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    const sent = nearing.length
      ? await programme.listCertificationReminders(
          { certification_id: nearing.map((c) => c.id), key: RENEWAL_REMINDER_DAYS.map(stageKey) },
          { select: ["certification_id", "stage"], take: null }
        )
      : []
    const sentStages = new Map<string, number[]>()
    for (const reminder of sent) {
      sentStages.set(reminder.certification_id, [...(sentStages.get(reminder.certification_id) ?? []), Number(reminder.stage)])
    }
    // A certificate that opened lately may now speak for its product instead of the one before it.
    const lookback = new Date(now.getTime() - OPENING_LOOKBACK_DAYS * DAY_MS)
    const opening = await ocop.listCertifications(
      { revoked_at: null, issued_at: { $lte: now, $gt: lookback } },
      { select: ["id"] }
    )
    const ids = [...new Set([...lapsed, ...nearing, ...opening].map((c) => c.id))]
    const { data } = ids.length
      ? await query.graph({
          entity: "certification",
          fields: ["id", "expires_at", "product.id", "product.certifications.*"],
          filters: { id: ids },
        })
      : { data: [] }
    const byId = new Map((data as any[]).filter((c) => c.product?.id).map((c) => [c.id as string, c]))
    const due = (id: string): DueCertification | undefined => {
      const found = byId.get(id)
      return found && { id, product_id: found.product.id, expires_at: new Date(found.expires_at).toISOString() }
    }

    const lapsing = lapsed.map((c) => due(c.id)).filter((d): d is DueCertification => !!d)
    // Only the certificate that speaks for its product is reminded: one already renewed needs no reminder.
    const expiring: DueReminder[] = []
    for (const { id } of nearing) {
      const found = byId.get(id)
      if (!found) continue
      const siblings = (found.product.certifications ?? []).filter(Boolean) as CertificationGraph[]
      const current = currentCertification(siblings, now)
      if (!current || current.id !== id) continue
      // A renewal entered ahead of its decision day does not speak yet, but the producer has renewed.
      if (siblings.some((c) => c.id !== id && c.revoked_at == null && new Date(c.issued_at) > new Date(current.issued_at))) continue
      const stage = dueRenewalReminder(current, now, sentStages.get(id) ?? [])
      if (stage !== null) expiring.push({ ...due(id)!, stage })
    }

    const opened = await ocop.listCatalogueEntries({ issued_at: { $lte: now, $gt: lookback } }, { select: ["product_id"] })
    const openedProducts = opening.map((c) => byId.get(c.id)?.product?.id).filter((id): id is string => !!id)
    const productIds = [
      ...new Set([...lapsing.map((d) => d.product_id), ...opened.map((e) => e.product_id), ...openedProducts]),
    ]
    return new StepResponse<DueCertifications>({ lapsing, expiring, product_ids: productIds })
  }
)
