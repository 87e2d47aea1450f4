import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CertificationReminder } from "./models/certification-reminder"
import { RegisterImport } from "./models/register-import"

export type ReminderClaim = { certification_id: string; key: string; stage: number | null; requested_by?: string | null }

/**
 * The programme office's records: register imports and reminders to renew. Reminders are claimed before they
 * are sent: `claimReminders` inserts the keys that are free and answers only those, in one statement, so two
 * racing requests never both send one.
 */
export default class ProgrammeModuleService extends MedusaService({ RegisterImport, CertificationReminder }) {
  @InjectTransactionManager()
  async claimReminders(claims: ReminderClaim[], @MedusaContext() sharedContext: Context = {}): Promise<{ id: string; certification_id: string; key: string }[]> {
    if (!claims.length) return []
    const knex = this.knexOf(sharedContext)
    const now = new Date()
    const rows = claims.map((claim) => ({
      id: generateEntityId(undefined, "ocrem"),
      certification_id: claim.certification_id,
      key: claim.key,
      stage: claim.stage,
      requested_by: claim.requested_by ?? null,
      sent_to: [],
      created_at: now,
      updated_at: now,
    }))
    // The conflict target names the partial unique index's columns and predicate (models/certification-reminder.ts).
    const inserted = await knex("ocop_certification_reminder")
      .insert(rows)
      .onConflict(knex.raw('("certification_id", "key") where deleted_at is null'))
      .ignore()
      .returning(["id", "certification_id", "key"])
    return inserted as { id: string; certification_id: string; key: string }[]
  }

  private knexOf(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext?.() ?? manager.getKnex()
  }
}
