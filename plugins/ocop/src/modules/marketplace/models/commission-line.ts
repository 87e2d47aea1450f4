import { model } from "@medusajs/framework/utils"

/**
 * The platform's commission on one order line, written when the order is placed and never recomputed: the rate
 * in force for the producer then, the line's amount it applies to (what the shopper paid for the line, VAT
 * included, after discounts; shipping is the couriers') and the commission in whole đồng. Statements read these.
 */
export const CommissionLine = model
  .define({ name: "CommissionLine", tableName: "ocop_commission_line" }, {
    id: model.id({ prefix: "comln" }).primaryKey(),
    order_id: model.text().index(),
    line_item_id: model.text().unique(),
    producer_id: model.text().index(),
    /** Percent, e.g. 5 or 7.5. */
    rate: model.float(),
    base_amount: model.bigNumber(),
    amount: model.bigNumber(),
    currency_code: model.text(),
  })
