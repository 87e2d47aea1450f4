import { model } from "@medusajs/framework/utils"
import { StampCode } from "./stamp-code"

/**
 * N stamp codes issued at once for one certification (read-only link in src/links/stamp-batch-certification.ts),
 * by the programme or by the producer in its portal. The certificate number and stars printed on the labels are
 * kept as printed: a later re-grading makes them disagree with the register, which the stamp check reports.
 */
export const StampBatch = model
  .define({ name: "StampBatch", tableName: "ocop_stamp_batch" }, {
    id: model.id({ prefix: "stbat" }).primaryKey(),
    certification_id: model.text().index(),
    // The producer whose certification it is, so the portal lists and prints only its own batches.
    producer_id: model.text().index().nullable(),
    certificate_no: model.text(),
    printed_stars: model.number(),
    quantity: model.number(),
    issued_by: model.enum(["programme", "producer"]),
    // The admin user or the producer's member who asked for it.
    issued_by_id: model.text().nullable(),
    note: model.text().nullable(),
    codes: model.hasMany(() => StampCode, { mappedBy: "batch" }),
  })
  .checks([
    { name: "ocop_stamp_batch_quantity_range", expression: (c) => `${c.quantity} BETWEEN 1 AND 100000` },
    { name: "ocop_stamp_batch_printed_stars_range", expression: (c) => `${c.printed_stars} BETWEEN 3 AND 5` },
  ])
