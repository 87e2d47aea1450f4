import type { MedusaContainer } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { checkToken, signToken } from "./signed-token"

function backendWithSecret(jwtSecret: string) {
  return { resolve: () => ({ projectConfig: { http: { jwtSecret } } }) } as unknown as MedusaContainer
}

const backend = backendWithSecret("a-long-random-secret")
const HOUR = 60 * 60 * 1000
const now = new Date("2026-12-02T10:00:00Z")

describe("a signed token", () => {
  it("opens its subject for its purpose until it expires", () => {
    const { token, expires_at } = signToken(backend, "order-access", "order_1", HOUR, now)
    expect(expires_at).toBe("2026-12-02T11:00:00.000Z")
    expect(checkToken(backend, "order-access", "order_1", token, now)).toBe("valid")
    expect(checkToken(backend, "order-access", "order_1", token, new Date(now.getTime() + HOUR - 1))).toBe("valid")
    expect(checkToken(backend, "order-access", "order_1", token, new Date(now.getTime() + HOUR))).toBe("expired")
  })

  it("opens nothing else: another subject, another purpose, another backend's secret", () => {
    const { token } = signToken(backend, "order-access", "order_1", HOUR, now)
    expect(checkToken(backend, "order-access", "order_2", token, now)).toBe("invalid")
    expect(checkToken(backend, "email-verification", "order_1", token, now)).toBe("invalid")
    expect(checkToken(backendWithSecret("another-secret"), "order-access", "order_1", token, now)).toBe("invalid")
  })

  it("is invalid, not expired, when its expiry was changed to a later one or its signature altered", () => {
    const { token } = signToken(backend, "order-access", "order_1", HOUR, now)
    const [expiresAt, signature] = token.split(".") as [string, string]
    expect(checkToken(backend, "order-access", "order_1", `${Number(expiresAt) + HOUR}.${signature}`, now)).toBe("invalid")
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1)
    expect(checkToken(backend, "order-access", "order_1", `${expiresAt}.${flipped}`, now)).toBe("invalid")
  })

  it("is invalid when it is not a token at all", () => {
    for (const junk of [undefined, null, 42, "", "abc", "1.2", `${"9".repeat(14)}.${"A".repeat(43)}`, ["x"]]) {
      expect(checkToken(backend, "order-access", "order_1", junk, now)).toBe("invalid")
    }
  })
})
