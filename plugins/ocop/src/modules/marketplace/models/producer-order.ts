import { model } from "@medusajs/framework/utils"
import { PARCEL_STATES } from "../../../orders/fulfilment"

/**
 * A producer's order as its order list shows it: a row per order (one producer's parcel of a purchase), written
 * when the order is placed and kept in step when Medusa changes the order's status or the producer
 * takes a fulfilment step (subscribers/producer-orders).
 * It is a read model, like the catalogue's (decision 004): the order and its producer link stay the truth, and
 * this table answers "my orders, newest first, of this status" with one indexed query at any number of orders.
 */
export const ProducerOrder = model
  .define({ name: "ProducerOrder", tableName: "ocop_producer_order" }, {
    id: model.id({ prefix: "pord" }).primaryKey(),
    order_id: model.text().unique(),
    producer_id: model.text(),
    order_group_id: model.text().index(),
    display_id: model.number(),
    status: model.text(),
    item_count: model.number(),
    total: model.bigNumber(),
    currency_code: model.text(),
    /** How the parcel leaves: `home` delivery or `pickup` at a sales point. */
    delivery: model.enum(["home", "pickup"]),
    /** Where the parcel is (orders/fulfilment.ts): placed, packed, shipped, ready_for_pickup, delivered, canceled. */
    state: model.enum([...PARCEL_STATES]).default("placed"),
    placed_at: model.dateTime(),
  })
  .indexes([
    { on: ["producer_id", "placed_at"], where: "deleted_at IS NULL" },
    { on: ["producer_id", "status", "placed_at"], where: "deleted_at IS NULL" },
    { on: ["producer_id", "state", "placed_at"], where: "deleted_at IS NULL" },
  ])
