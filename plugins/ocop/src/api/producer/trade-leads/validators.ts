import { z } from "@medusajs/framework/zod"
import { TRADE_LEAD_STATUSES } from "../../../modules/fair/lead-status"
import { paging } from "../../utils/validators"

export { TradeLeadStatusChange, type TradeLeadStatusChangeType } from "../../utils/trade-lead-validators"

/** The producer's own leads, newest first, all or those in one status. */
export const ProducerListTradeLeads = z.object({ status: z.enum(TRADE_LEAD_STATUSES).optional(), ...paging() }).strict()
export type ProducerListTradeLeadsType = z.infer<typeof ProducerListTradeLeads>
