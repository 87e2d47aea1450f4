import { describe, expect, it } from "vitest"
import { methodOf, PROVIDERS } from "./payment-methods"

describe("the ways to pay", () => {
  it("are named by the payment provider Medusa records on a payment, and no other provider has a name", () => {
    expect(methodOf("pp_system_default")).toBe("cod")
    expect(methodOf("pp_bank-transfer_vietqr")).toBe("vietqr")
    expect(methodOf("pp_stripe_stripe")).toBe("stripe")
    expect(methodOf("pp_unknown")).toBeNull()
    expect(methodOf(null)).toBeNull()
  })

  it("lead back to the provider the checkout starts a payment session with", () => {
    for (const [method, provider] of Object.entries(PROVIDERS)) expect(methodOf(provider)).toBe(method)
  })
})
