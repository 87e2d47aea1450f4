import { model } from "@medusajs/framework/utils"
import { Booth } from "./booth"
import { Fair } from "./fair"

/**
 * A zone of a fair's floor: OCOP fairs group booths by province or by product group ("Khu A · Cà phê"). `code`
 * is the short name printed on the floor plan; `rank` orders zones there and in lists.
 */
export const FairZone = model
  .define({ name: "FairZone", tableName: "ocop_fair_zone" }, {
    id: model.id({ prefix: "fzone" }).primaryKey(),
    code: model.text(),
    name: model.text(),
    name_en: model.text().nullable(),
    rank: model.number().default(0),
    fair: model.belongsTo(() => Fair, { mappedBy: "zones" }),
    booths: model.hasMany(() => Booth, { mappedBy: "zone" }),
  })
  .indexes([{ on: ["fair_id", "code"], unique: true, where: "deleted_at IS NULL" }])
