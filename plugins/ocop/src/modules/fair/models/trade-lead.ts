import { model } from "@medusajs/framework/utils"
import { TRADE_LEAD_SOURCES, TRADE_LEAD_STATUSES } from "../lead-status"
import { TradeLeadEvent } from "./trade-lead-event"

/**
 * A buyer's enquiry (a wholesaler, a shop, a company buying gifts) to one producer: from the QR code of its booth,
 * a fair's page or a product's page. The buyer leaves a phone or an e-mail (the route checks one is there);
 * `phone` is kept in E.164. The producer (`producer_id`, src/links/trade-lead-producer.ts) answers it in the
 * seller portal; the fair's organiser follows it in the admin. Every change of `status` adds a row to its
 * history (trade-lead-event.ts); `contract_value` is the signed contract's value in đồng.
 */
export const TradeLead = model
  .define({ name: "TradeLead", tableName: "ocop_trade_lead" }, {
    id: model.id({ prefix: "tlead" }).primaryKey(),
    producer_id: model.text().index(),
    fair_id: model.text().nullable(),
    booth_id: model.text().nullable(),
    product_id: model.text().nullable(),
    buyer_name: model.text(),
    organisation: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    market: model.text().nullable(),
    quantity: model.text().nullable(),
    note: model.text().nullable(),
    source: model.enum([...TRADE_LEAD_SOURCES]),
    /** The language the buyer wrote in: the producer answers in it, the buyer's mail is in it first. */
    locale: model.enum(["vi", "en"]).default("vi"),
    status: model.enum([...TRADE_LEAD_STATUSES]).default("new"),
    status_changed_at: model.dateTime(),
    contract_value: model.bigNumber().nullable(),
    events: model.hasMany(() => TradeLeadEvent, { mappedBy: "trade_lead" }),
  })
  .indexes([
    { on: ["producer_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["fair_id"], where: "fair_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["product_id"], where: "product_id IS NOT NULL AND deleted_at IS NULL" },
  ])
  .checks([
    { name: "ocop_trade_lead_contact", expression: (c) => `${c.phone} IS NOT NULL OR ${c.email} IS NOT NULL` },
  ])
