import { model } from "@medusajs/framework/utils"
import { Fair } from "./fair"
import { FairZone } from "./fair-zone"

/**
 * One producer's stand at a fair: its number as printed at the venue ("A12"), its zone, where it sits on the
 * floor plan (a rectangle of grid cells, from the top-left corner) and the producer it belongs to. The
 * certified products it shows are linked (src/links/booth-product.ts); the workflows admit only products of
 * that producer that are showable (rules.ts' isShowable).
 */
export const Booth = model
  .define({ name: "Booth", tableName: "ocop_fair_booth" }, {
    id: model.id({ prefix: "booth" }).primaryKey(),
    number: model.text(),
    producer_id: model.text().index(),
    /** Top-left cell on the floor plan's grid, counted from 0. */
    x: model.number(),
    y: model.number(),
    width: model.number().default(1),
    height: model.number().default(1),
    fair: model.belongsTo(() => Fair, { mappedBy: "booths" }),
    zone: model.belongsTo(() => FairZone, { mappedBy: "booths" }).nullable(),
  })
  .indexes([{ on: ["fair_id", "number"], unique: true, where: "deleted_at IS NULL" }])
  .checks([
    { name: "ocop_fair_booth_position", expression: (c) => `${c.x} >= 0 AND ${c.y} >= 0` },
    { name: "ocop_fair_booth_size", expression: (c) => `${c.width} BETWEEN 1 AND 20 AND ${c.height} BETWEEN 1 AND 20` },
  ])
