import { model } from "@medusajs/framework/utils"

/**
 * Money the platform transferred to a producer against one month's statement: the amount in whole đồng, the
 * bank's reference of the transfer (unique per producer: the same transfer is not recorded twice) and when it
 * was made. A month may be paid in several transfers; its statement's balance is what is still due.
 */
export const Payout = model
  .define({ name: "Payout", tableName: "ocop_payout" }, {
    id: model.id({ prefix: "payout" }).primaryKey(),
    producer_id: model.text(),
    /** The statement's month, `YYYY-MM` in Vietnam's time. */
    period: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    bank_reference: model.text(),
    paid_at: model.dateTime(),
    /** The admin user who recorded it. */
    recorded_by: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["producer_id", "period"], where: "deleted_at IS NULL" },
    { on: ["producer_id", "bank_reference"], unique: true, where: "deleted_at IS NULL" },
  ])
