import { model } from "@medusajs/framework/utils"
import { StampBatch } from "./stamp-batch"
import { StampCheck } from "./stamp-check"

/**
 * One package's stamp: an unguessable code (codes.ts) and what its checks add up to. The counts and the warning
 * are kept on the row so that a check reads and writes one code, and the programme's list of suspected copies
 * is one indexed query (`flagged_at`).
 */
export const StampCode = model
  .define({ name: "StampCode", tableName: "ocop_stamp_code" }, {
    id: model.id({ prefix: "stamp" }).primaryKey(),
    code: model.text().unique(),
    // 1…N within its batch: the number printed small under the code, for the producer's own records.
    serial: model.number(),
    batch: model.belongsTo(() => StampBatch, { mappedBy: "codes" }),
    first_checked_at: model.dateTime().nullable(),
    last_checked_at: model.dateTime().nullable(),
    check_count: model.number().default(0),
    network_count: model.number().default(0),
    warning: model.enum(["many_checks", "far_apart", "stars_changed"]).nullable(),
    // When the code first warned; it stays in the programme's list after that.
    flagged_at: model.dateTime().index().nullable(),
    checks: model.hasMany(() => StampCheck, { mappedBy: "code" }),
  })
