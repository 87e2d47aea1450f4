import { z } from "@medusajs/framework/zod"
import { TRADE_LEAD_SOURCES, TRADE_LEAD_STATUSES } from "../../../../modules/fair/lead-status"
import { Id, paging } from "../../../utils/validators"

export const AdminListTradeLeads = z
  .object({
    fair_id: Id.optional(),
    producer_id: Id.optional(),
    status: z.enum(TRADE_LEAD_STATUSES).optional(),
    source: z.enum(TRADE_LEAD_SOURCES).optional(),
    q: z.string().max(200).optional(),
    ...paging(),
  })
  .strict()
export type AdminListTradeLeadsType = z.infer<typeof AdminListTradeLeads>

export { TradeLeadStatusChange, type TradeLeadStatusChangeType } from "../../../utils/trade-lead-validators"
