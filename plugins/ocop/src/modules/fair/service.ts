import type { Context } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Booth } from "./models/booth"
import { Fair } from "./models/fair"
import { FairScan } from "./models/fair-scan"
import { FairZone } from "./models/fair-zone"
import { TradeLead } from "./models/trade-lead"
import { TradeLeadEvent } from "./models/trade-lead-event"

/** A second view of the same code from the same network within this many minutes is the same scan (as stamps count checks). */
export const SAME_SCAN_MINUTES = 30

export type ScanInput = { fair_id: string; booth_id: string; product_id: string | null; network_key: string; now: Date }

/**
 * Fairs, their zones and booths, the trade leads buyers leave and the scans of the booths' QR codes. It never
 * calls another module: links tie booths to producers and products and a fair to its sales point, and the
 * workflows (src/workflows/fairs) hold the rules (showable products only, the lead's status steps).
 */
export default class FairModuleService extends MedusaService({ Fair, FairZone, Booth, TradeLead, TradeLeadEvent, FairScan }) {
  /**
   * Counts a scan of a booth's code (or of a product's code at that booth) unless the same network scanned the
   * same code less than 30 minutes ago; says whether it counted. Serialised per code and network, so a burst of
   * reloads cannot slip two rows in.
   */
  @InjectTransactionManager()
  async recordScan(input: ScanInput, @MedusaContext() sharedContext: Context = {}): Promise<{ counted: boolean }> {
    const knex = this.knexOf(sharedContext)
    const key = `${input.booth_id}:${input.product_id ?? ""}:${input.network_key}`
    await knex.raw("select pg_advisory_xact_lock(hashtext(?))", [key])
    const since = new Date(input.now.getTime() - SAME_SCAN_MINUTES * 60 * 1000)
    const recent = knex("ocop_fair_scan")
      .first("id")
      .where({ booth_id: input.booth_id, network_key: input.network_key })
      .andWhere("scanned_at", ">", since)
      .andWhere("scanned_at", "<=", input.now)
      .whereNull("deleted_at")
    const same = await (input.product_id ? recent.andWhere("product_id", input.product_id) : recent.whereNull("product_id"))
    if (same) return { counted: false }
    await knex("ocop_fair_scan").insert({
      id: generateEntityId(undefined, "fscan"),
      fair_id: input.fair_id,
      booth_id: input.booth_id,
      product_id: input.product_id,
      network_key: input.network_key,
      scanned_at: input.now,
      created_at: input.now,
      updated_at: input.now,
    })
    return { counted: true }
  }

  /** Scans per booth of the fairs asked for (booths never scanned are absent). */
  @InjectManager()
  async countScans(fairIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<{ fair_id: string; booth_id: string; scans: number }[]> {
    if (!fairIds.length) return []
    const rows = await this.knexOf(sharedContext)("ocop_fair_scan")
      .select("fair_id", "booth_id")
      .count({ scans: "*" })
      .whereIn("fair_id", fairIds)
      .whereNull("deleted_at")
      .groupBy("fair_id", "booth_id")
    return (rows as any[]).map((row) => ({ fair_id: row.fair_id, booth_id: row.booth_id, scans: Number(row.scans) }))
  }

  private knexOf(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext?.() ?? manager.getKnex()
  }
}
