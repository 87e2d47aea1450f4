import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { newStampCodes, type RandomSource } from "./codes"
import { StampBatch } from "./models/stamp-batch"
import { StampCheck } from "./models/stamp-check"
import { StampCode } from "./models/stamp-code"
import { distinctNetworks, isSameCheck, roundPlace, stampWarning, type CheckFacts, type StampWarning } from "./warnings"

export type IssueBatchInput = {
  certification_id: string
  producer_id: string | null
  certificate_no: string
  printed_stars: number
  quantity: number
  issued_by: "programme" | "producer"
  issued_by_id: string | null
  note?: string | null
}

export type StampOfCode = { id: string; code: string; batch_id: string; certification_id: string; printed_stars: number; certificate_no: string }

export type StampBatchRow = {
  id: string
  certification_id: string
  producer_id: string | null
  certificate_no: string
  printed_stars: number
  quantity: number
  issued_by: "programme" | "producer"
  note: string | null
  created_at: Date
  checked: number
  flagged: number
}

export type CheckResult = {
  check_id: string
  first_checked_at: Date
  checks: number
  networks: number
  located_checks: number
  warning: StampWarning | null
}

/** Checks looked at for a warning: the most recent ones (a copied code's story shows in its latest checks). */
const RECENT_CHECKS = 200
const INSERT_CHUNK = 5000

/**
 * Stamp batches, codes and checks. Issuing writes a batch's codes in bulk (one insert per 5 000, duplicates
 * drawn again); a check reads and writes one code under a row lock, so two scans at once count twice and never
 * lose one. It knows nothing of certificates beyond their id: the routes ask the OCOP module for the register.
 */
export default class StampModuleService extends MedusaService({ StampBatch, StampCode, StampCheck }) {
  /** Test seam: the random source codes are drawn from (node:crypto unless a test injects one). */
  protected random: RandomSource | undefined

  @InjectTransactionManager()
  async issueBatch(input: IssueBatchInput, @MedusaContext() sharedContext: Context = {}): Promise<{ id: string; quantity: number }> {
    const knex = this.knexOf(sharedContext)
    const id = generateEntityId(undefined, "stbat")
    const now = new Date()
    await knex("ocop_stamp_batch").insert({
      id,
      certification_id: input.certification_id,
      producer_id: input.producer_id,
      certificate_no: input.certificate_no,
      printed_stars: input.printed_stars,
      quantity: input.quantity,
      issued_by: input.issued_by,
      issued_by_id: input.issued_by_id,
      note: input.note ?? null,
      created_at: now,
      updated_at: now,
    })
    let serial = 0
    let missing = input.quantity
    while (missing > 0) {
      const codes = newStampCodes(Math.min(missing, INSERT_CHUNK), this.random)
      const insert = knex("ocop_stamp_code")
        .insert(codes.map((code) => ({ id: generateEntityId(undefined, "stamp"), code, serial: ++serial, batch_id: id, created_at: now, updated_at: now })))
        .toSQL()
      // The unique index on code is partial (live rows), so the conflict target names its predicate.
      const inserted = await knex.raw(`${insert.sql} on conflict ("code") where deleted_at is null do nothing returning "id"`, insert.bindings)
      // A code already in the database (another batch's) was skipped and is drawn again; its serial stays unused.
      missing -= inserted.rows.length
    }
    return { id, quantity: input.quantity }
  }

  /** Removes a batch and its codes and checks for good (the compensation of issuing it). */
  @InjectTransactionManager()
  async deleteBatchForGood(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const knex = this.knexOf(sharedContext)
    await knex("ocop_stamp_check").whereIn("code_id", knex("ocop_stamp_code").select("id").where("batch_id", id)).del()
    await knex("ocop_stamp_code").where("batch_id", id).del()
    await knex("ocop_stamp_batch").where("id", id).del()
  }

  /** The code's batch facts, or null for a code that was never issued. One indexed query. */
  @InjectManager()
  async findCode(code: string, @MedusaContext() sharedContext: Context = {}): Promise<StampOfCode | null> {
    const knex = this.knexOf(sharedContext)
    const [row] = await knex("ocop_stamp_code as c")
      .join("ocop_stamp_batch as b", "b.id", "c.batch_id")
      .select("c.id", "c.code", "c.batch_id", "b.certification_id", "b.printed_stars", "b.certificate_no")
      .where("c.code", code)
      .whereNull("c.deleted_at")
      .whereNull("b.deleted_at")
      .limit(1)
    return (row as StampOfCode | undefined) ?? null
  }

  /**
   * Records a check of a code (a second look from the same network within 30 minutes is the same check) and
   * returns what the code's checks now add up to, its warning included.
   */
  @InjectTransactionManager()
  async recordCheck(
    codeId: string,
    input: { network_key: string; now: Date; stars_changed: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CheckResult> {
    const knex = this.knexOf(sharedContext)
    await knex("ocop_stamp_code").select("id").where("id", codeId).forUpdate()
    const recent = await this.recentChecks(knex, codeId)
    const last = recent.find((check) => check.network_key === input.network_key)
    let checkId: string
    if (isSameCheck(last, input.network_key, input.now)) {
      checkId = last!.id
    } else {
      checkId = generateEntityId(undefined, "stchk")
      await knex("ocop_stamp_check").insert({
        id: checkId,
        code_id: codeId,
        checked_at: input.now,
        network_key: input.network_key,
        created_at: input.now,
        updated_at: input.now,
      })
      recent.unshift({ id: checkId, network_key: input.network_key, checked_at: input.now, latitude: null, longitude: null })
    }
    return this.summarise(knex, codeId, recent, checkId, input.now, input.stars_changed)
  }

  /**
   * Adds the place a person chose to share to the check she just made (rounded to 0.1°), once, within 15
   * minutes of it; returns the code's new summary, or null when that check is not hers to place.
   */
  @InjectTransactionManager()
  async placeCheck(
    codeId: string,
    input: { check_id: string; latitude: number; longitude: number; now: Date; stars_changed: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CheckResult | null> {
    const knex = this.knexOf(sharedContext)
    await knex("ocop_stamp_code").select("id").where("id", codeId).forUpdate()
    const [check] = await knex("ocop_stamp_check")
      .select("id", "checked_at", "placed_at")
      .where({ id: input.check_id, code_id: codeId })
      .whereNull("deleted_at")
    if (!check || check.placed_at || input.now.getTime() - new Date(check.checked_at).getTime() > 15 * 60 * 1000) return null
    await knex("ocop_stamp_check")
      .where("id", input.check_id)
      .update({ latitude: roundPlace(input.latitude), longitude: roundPlace(input.longitude), placed_at: input.now, updated_at: input.now })
    const recent = await this.recentChecks(knex, codeId)
    return this.summarise(knex, codeId, recent, input.check_id, input.now, input.stars_changed)
  }

  /** Codes that warned, newest warning first: the programme office's list of stamps that may be copied. */
  @InjectManager()
  async listFlaggedCodes(
    filters: { warning?: StampWarning },
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knexOf(sharedContext)
    const query = knex("ocop_stamp_code as c")
      .join("ocop_stamp_batch as b", "b.id", "c.batch_id")
      .select(
        "c.id", "c.code", "c.serial", "c.first_checked_at", "c.last_checked_at", "c.check_count", "c.network_count",
        "c.warning", "c.flagged_at", "b.id as batch_id", "b.certification_id", "b.certificate_no", "b.printed_stars",
        "b.producer_id"
      )
      .select(knex.raw("count(*) over () as total_count"))
      .select(
        knex.raw(
          "(select count(*)::int from ocop_stamp_check k where k.code_id = c.id and k.latitude is not null and k.deleted_at is null) as located_checks"
        )
      )
      .whereNotNull("c.flagged_at")
      .whereNull("c.deleted_at")
    if (filters.warning) query.where("c.warning", filters.warning)
    const rows = await query.orderBy([{ column: "c.flagged_at", order: "desc" }, { column: "c.code" }]).limit(page.limit).offset(page.offset)
    let count = rows.length ? Number(rows[0].total_count) : 0
    if (!rows.length && page.offset > 0) {
      const [{ total }] = await query.clone().clearSelect().clearOrder().offset(0).limit(1).count({ total: "*" })
      count = Number(total)
    }
    return { rows: rows.map(({ total_count: _, ...row }: Record<string, unknown>) => row), count }
  }

  /** Batches of one certification (and one producer, in the portal), newest first, with how many codes were checked or warned. */
  @InjectManager()
  async listBatchesWithCounts(
    filters: { certification_id?: string; producer_id?: string; id?: string },
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knexOf(sharedContext)
    const query = knex("ocop_stamp_batch as b")
      .select("b.id", "b.certification_id", "b.producer_id", "b.certificate_no", "b.printed_stars", "b.quantity", "b.issued_by", "b.note", "b.created_at")
      .select(knex.raw("count(*) over () as total_count"))
      .select(knex.raw("(select count(*)::int from ocop_stamp_code c where c.batch_id = b.id and c.first_checked_at is not null and c.deleted_at is null) as checked"))
      .select(knex.raw("(select count(*)::int from ocop_stamp_code c where c.batch_id = b.id and c.flagged_at is not null and c.deleted_at is null) as flagged"))
      .whereNull("b.deleted_at")
    if (filters.certification_id) query.where("b.certification_id", filters.certification_id)
    if (filters.producer_id) query.where("b.producer_id", filters.producer_id)
    if (filters.id) query.where("b.id", filters.id)
    const rows = await query.orderBy([{ column: "b.created_at", order: "desc" }, { column: "b.id", order: "desc" }]).limit(page.limit).offset(page.offset)
    let count = rows.length ? Number(rows[0].total_count) : 0
    if (!rows.length && page.offset > 0) {
      const [{ total }] = await query.clone().clearSelect().clearOrder().offset(0).limit(1).count({ total: "*" })
      count = Number(total)
    }
    return {
      rows: rows.map(({ total_count: _, ...row }: Record<string, any>) => ({ ...row, checked: Number(row.checked), flagged: Number(row.flagged) }) as StampBatchRow),
      count,
    }
  }

  /** A batch's codes in serial order, for its sheet of labels. */
  @InjectManager()
  async listCodesOfBatch(batchId: string, @MedusaContext() sharedContext: Context = {}): Promise<{ code: string; serial: number }[]> {
    const knex = this.knexOf(sharedContext)
    return knex("ocop_stamp_code").select("code", "serial").where("batch_id", batchId).whereNull("deleted_at").orderBy("serial")
  }

  private async recentChecks(knex: Knex, codeId: string): Promise<(CheckFacts & { id: string })[]> {
    const rows = await knex("ocop_stamp_check")
      .select("id", "network_key", "checked_at", "latitude", "longitude")
      .where("code_id", codeId)
      .whereNull("deleted_at")
      .orderBy("checked_at", "desc")
      .limit(RECENT_CHECKS)
    return rows.map((row: any) => ({
      id: row.id,
      network_key: row.network_key,
      checked_at: new Date(row.checked_at),
      latitude: row.latitude === null ? null : Number(row.latitude),
      longitude: row.longitude === null ? null : Number(row.longitude),
    }))
  }

  private async summarise(
    knex: Knex,
    codeId: string,
    recent: (CheckFacts & { id: string })[],
    checkId: string,
    now: Date,
    starsChanged: boolean
  ): Promise<CheckResult> {
    const warning = stampWarning(recent, starsChanged)
    const [{ count }] = await knex("ocop_stamp_check").where("code_id", codeId).whereNull("deleted_at").count({ count: "*" })
    const networks = distinctNetworks(recent)
    const [row] = await knex("ocop_stamp_code")
      .where("id", codeId)
      .update({
        first_checked_at: knex.raw("coalesce(first_checked_at, ?)", [now]),
        last_checked_at: now,
        check_count: Number(count),
        network_count: networks,
        warning,
        flagged_at: warning ? knex.raw("coalesce(flagged_at, ?)", [now]) : knex.raw("flagged_at"),
        updated_at: now,
      })
      .returning(["first_checked_at"])
    return {
      check_id: checkId,
      first_checked_at: new Date(row.first_checked_at),
      checks: Number(count),
      networks,
      located_checks: recent.filter((check) => check.latitude !== null).length,
      warning,
    }
  }

  private knexOf(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext?.() ?? manager.getKnex()
  }
}
