import { model } from "@medusajs/framework/utils"

/**
 * A producer's own commission rate, in percent, when the programme agreed one; producers without a row pay the
 * default (`OCOP_COMMISSION_RATE`, src/marketplace/commission.ts). A change applies to orders placed after it.
 */
export const CommissionRate = model.define({ name: "CommissionRate", tableName: "ocop_commission_rate" }, {
  id: model.id({ prefix: "comrt" }).primaryKey(),
  producer_id: model.text().unique(),
  rate: model.float(),
})
