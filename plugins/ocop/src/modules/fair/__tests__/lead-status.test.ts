import { describe, expect, it } from "vitest"
import { checkTransition, nextStatuses, reachedAgreement, TRADE_LEAD_STATUSES } from "../lead-status"

describe("a trade lead's steps", () => {
  it("goes new → contacted → memorandum → contract, and may be dropped before the contract", () => {
    expect(checkTransition("new", { status: "contacted" })).toEqual({ ok: true })
    expect(checkTransition("contacted", { status: "memorandum_signed" })).toEqual({ ok: true })
    expect(checkTransition("memorandum_signed", { status: "contract_signed", contract_value: 150_000_000 })).toEqual({ ok: true })
    for (const from of ["new", "contacted", "memorandum_signed"] as const) expect(checkTransition(from, { status: "dropped" }).ok).toBe(true)
  })

  it("records another call or an amended memorandum as the same status again", () => {
    expect(checkTransition("contacted", { status: "contacted" }).ok).toBe(true)
    expect(checkTransition("memorandum_signed", { status: "memorandum_signed" }).ok).toBe(true)
  })

  it("never goes back to new, never leaves a signed contract, and reopens a dropped lead only as contacted", () => {
    for (const from of TRADE_LEAD_STATUSES) expect(checkTransition(from, { status: "new" }).ok).toBe(false)
    expect(nextStatuses("contract_signed")).toEqual([])
    expect(nextStatuses("dropped")).toEqual(["contacted"])
    const refused = checkTransition("contract_signed", { status: "dropped" })
    expect(refused).toMatchObject({ ok: false, message_en: 'a lead that is "Contract signed" cannot become "Dropped"' })
  })

  it("wants a contract's value in whole đồng, and no value on anything else", () => {
    for (const value of [undefined, null, 0, -5, 1.5, 2e12]) {
      expect(checkTransition("contacted", { status: "contract_signed", contract_value: value as number }).ok, String(value)).toBe(false)
    }
    expect(checkTransition("contacted", { status: "memorandum_signed", contract_value: 1000 })).toMatchObject({ ok: false, message_en: "only a signed contract has a value" })
  })

  it("counts a history that reached a memorandum or a contract as an agreement, even if dropped later", () => {
    expect(reachedAgreement(["new", "contacted", "memorandum_signed", "dropped"])).toBe(true)
    expect(reachedAgreement(["new", "contract_signed"])).toBe(true)
    expect(reachedAgreement(["new", "contacted", "dropped"])).toBe(false)
  })
})
