/**
 * A buyer's enquiry on its way to a contract: new → contacted → memorandum signed → contract signed, or dropped
 * at any point before the contract. Pure, so the workflows, the routes' messages and the tests read one table.
 *
 * Plan 76/KH-UBND counts promoted products that "sign a memorandum of understanding or a sales contract": those
 * are the two outcomes kept apart here, and the contract carries its value in đồng.
 */
export const TRADE_LEAD_STATUSES = ["new", "contacted", "memorandum_signed", "contract_signed", "dropped"] as const
export type TradeLeadStatus = (typeof TRADE_LEAD_STATUSES)[number]

export const TRADE_LEAD_SOURCES = ["booth_qr", "fair_page", "product_page"] as const
export type TradeLeadSource = (typeof TRADE_LEAD_SOURCES)[number]

export const STATUS_WORDS: Record<TradeLeadStatus, { vi: string; en: string }> = {
  new: { vi: "Mới", en: "New" },
  contacted: { vi: "Đã liên hệ", en: "Contacted" },
  memorandum_signed: { vi: "Đã ký biên bản ghi nhớ", en: "Memorandum signed" },
  contract_signed: { vi: "Đã ký hợp đồng", en: "Contract signed" },
  dropped: { vi: "Không tiếp tục", en: "Dropped" },
}

/**
 * Where a lead may go from each status. A status may be stated again while the talk goes on (another call, a
 * memorandum amended): it adds a line to the history with its note. A signed contract is the end; a dropped
 * buyer who comes back is contacted again.
 */
const NEXT: Record<TradeLeadStatus, readonly TradeLeadStatus[]> = {
  new: ["contacted", "memorandum_signed", "contract_signed", "dropped"],
  contacted: ["contacted", "memorandum_signed", "contract_signed", "dropped"],
  memorandum_signed: ["memorandum_signed", "contract_signed", "dropped"],
  contract_signed: [],
  dropped: ["contacted"],
}

/** The largest contract value the form takes: a trillion đồng, far above any OCOP producer's deal. */
export const MAX_CONTRACT_VALUE = 1_000_000_000_000

export type StatusChange = { status: TradeLeadStatus; contract_value?: number | null }

export type TransitionCheck = { ok: true } | { ok: false; message_vi: string; message_en: string }

/** Whether a lead in `from` may be set to `change.status`; a contract needs its value, nothing else takes one. */
export function checkTransition(from: TradeLeadStatus, change: StatusChange): TransitionCheck {
  const to = change.status
  if (!NEXT[from].includes(to)) {
    return {
      ok: false,
      message_vi: `Khách hỏi mua đang "${STATUS_WORDS[from].vi}" không chuyển sang "${STATUS_WORDS[to].vi}" được`,
      message_en: `a lead that is "${STATUS_WORDS[from].en}" cannot become "${STATUS_WORDS[to].en}"`,
    }
  }
  const value = change.contract_value
  if (to === "contract_signed") {
    if (value == null || !Number.isInteger(value) || value < 1 || value > MAX_CONTRACT_VALUE) {
      return {
        ok: false,
        message_vi: "Hợp đồng cần giá trị bằng đồng (số nguyên dương)",
        message_en: "a signed contract needs its value in đồng (a positive whole number)",
      }
    }
  } else if (value != null) {
    return {
      ok: false,
      message_vi: "Chỉ hợp đồng đã ký mới có giá trị",
      message_en: "only a signed contract has a value",
    }
  }
  return { ok: true }
}

/** The statuses a lead may move to next, for the forms that offer them. */
export function nextStatuses(from: TradeLeadStatus): readonly TradeLeadStatus[] {
  return NEXT[from]
}

/** Whether a lead's history counts as a memorandum or a contract for the programme's figure. */
export function reachedAgreement(statuses: readonly TradeLeadStatus[]): boolean {
  return statuses.some((status) => status === "memorandum_signed" || status === "contract_signed")
}
