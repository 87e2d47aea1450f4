import { model } from "@medusajs/framework/utils"
import { TRADE_LEAD_STATUSES } from "../lead-status"
import { TradeLead } from "./trade-lead"

/**
 * One line of a lead's history: the status it reached, from which, with the note and (for a contract) the
 * value written then, and who wrote it: `buyer` for the enquiry itself, `producer:<member id>` from the seller
 * portal, `user:<id>` from the admin. Never changed or deleted: the programme's figures read it.
 */
export const TradeLeadEvent = model
  .define({ name: "TradeLeadEvent", tableName: "ocop_trade_lead_event" }, {
    id: model.id({ prefix: "tlev" }).primaryKey(),
    status: model.enum([...TRADE_LEAD_STATUSES]),
    from_status: model.enum([...TRADE_LEAD_STATUSES]).nullable(),
    note: model.text().nullable(),
    contract_value: model.bigNumber().nullable(),
    actor: model.text(),
    trade_lead: model.belongsTo(() => TradeLead, { mappedBy: "events" }),
  })
