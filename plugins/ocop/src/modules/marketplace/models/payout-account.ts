import { model } from "@medusajs/framework/utils"

/**
 * The bank account a producer is paid into: the bank as NAPAS numbers it (the BIN a VietQR code carries), the
 * account number and the name on the account, as the producer's owner entered them in the portal. The admin's
 * payout screen turns the amount due into a VietQR code for it, so paying a producer is one scan.
 */
export const PayoutAccount = model.define({ name: "PayoutAccount", tableName: "ocop_payout_account" }, {
  id: model.id({ prefix: "payacc" }).primaryKey(),
  producer_id: model.text().unique(),
  bank_bin: model.text(),
  account_number: model.text(),
  account_name: model.text(),
  /** The member who last set it: a changed account is a question to ask before the next transfer. */
  updated_by: model.text().nullable(),
})
