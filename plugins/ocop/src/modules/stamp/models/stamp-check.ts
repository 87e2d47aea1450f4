import { model } from "@medusajs/framework/utils"
import { StampCode } from "./stamp-code"

/**
 * One check of a stamp, as much as can honestly be known of it (docs/decisions/029): when, from which network
 * (a keyed hash of the address's /24 or /48, never the address), and where, only when the person chose to share
 * a location (rounded to about 10 km before it is stored).
 */
export const StampCheck = model
  .define({ name: "StampCheck", tableName: "ocop_stamp_check" }, {
    id: model.id({ prefix: "stchk" }).primaryKey(),
    code: model.belongsTo(() => StampCode, { mappedBy: "checks" }),
    checked_at: model.dateTime(),
    network_key: model.text(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    placed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["code_id", "checked_at"] }])
