import { describe, expect, it } from "vitest"
import { referralInUrl, referralOf, rememberReferral } from "./fair-referral.server"

const now = new Date("2026-12-07T03:00:00Z")
const running = { handle: "hoi-cho-ocop-dak-lak", phase: "current" as const, ends_at: "2026-12-09T17:00:00Z" }
const requestWith = (setCookie: string) => new Request("http://shop.test/", { headers: { cookie: setCookie.split(";")[0]! } })

describe("a visit from a fair's QR code", () => {
  it("reads the fair and booth a product's code carries, and nothing malformed", () => {
    expect(referralInUrl(new URL("http://shop.test/san-pham/ca-phe?hoi-cho=hoi-cho-ocop-dak-lak&gian=A12"))).toEqual({ fair: "hoi-cho-ocop-dak-lak", booth: "A12" })
    for (const query of ["hoi-cho=hoi-cho-ocop-dak-lak", "gian=A12", "hoi-cho=Hội chợ&gian=A12", "hoi-cho=x&gian=A 12", "hoi-cho=x&gian=A1234567890"]) {
      expect(referralInUrl(new URL(`http://shop.test/san-pham/ca-phe?${query}`)), query).toBeNull()
    }
  })

  it("keeps it in a signed, httpOnly cookie until the fair's last day ends, and only while the fair runs", async () => {
    const setCookie = (await rememberReferral(running, "A12", now))!
    expect(setCookie).toMatch(/^ocop_fair=/)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toContain(`Max-Age=${(Date.parse(running.ends_at) - now.getTime()) / 1000}`)
    expect(await referralOf(requestWith(setCookie))).toEqual({ fair: "hoi-cho-ocop-dak-lak", booth: "A12" })
    expect(await rememberReferral({ ...running, phase: "upcoming" }, "A12", now)).toBeNull()
    expect(await rememberReferral({ ...running, phase: "past" }, "A12", now)).toBeNull()
  })

  it("believes no cookie whose signature does not hold", async () => {
    const setCookie = (await rememberReferral(running, "A12", now))!
    const [name, value] = setCookie.split(";")[0]!.split("=")
    const [payload, signature] = decodeURIComponent(value!).split(".")
    const forged = Buffer.from(JSON.stringify({ fair: "hoi-cho-khac", booth: "B1" })).toString("base64")
    expect(await referralOf(new Request("http://shop.test/", { headers: { cookie: `${name}=${encodeURIComponent(`${forged}.${signature}`)}` } }))).toBeNull()
    expect(payload).toBeTruthy()
    expect(await referralOf(new Request("http://shop.test/", { headers: { cookie: "ocop_fair=garbage" } }))).toBeNull()
  })
})
