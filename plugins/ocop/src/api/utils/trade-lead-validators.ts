import { z } from "@medusajs/framework/zod"
import { MAX_CONTRACT_VALUE, TRADE_LEAD_STATUSES } from "../../modules/fair/lead-status"
import { bilingual } from "./validators"

/** A lead's next status (lead-status.ts says which may follow which), with a note and, for a contract, its value. */
export const TradeLeadStatusChange = z
  .object({
    status: z.enum(TRADE_LEAD_STATUSES, bilingual("Trạng thái không hợp lệ", "not a lead status")),
    note: z.string().max(2000, bilingual("Ghi chú tối đa 2.000 ký tự", "the note takes at most 2,000 characters")).nullish(),
    contract_value: z
      .number(bilingual("Giá trị hợp đồng là một số", "the contract value is a number"))
      .int(bilingual("Giá trị hợp đồng là số đồng nguyên", "the contract value is whole đồng"))
      .min(1, bilingual("Giá trị hợp đồng phải lớn hơn 0", "the contract value must be above 0"))
      .max(MAX_CONTRACT_VALUE, bilingual("Giá trị hợp đồng quá lớn", "the contract value is too large"))
      .nullish(),
  })
  .strict()
export type TradeLeadStatusChangeType = z.infer<typeof TradeLeadStatusChange>
