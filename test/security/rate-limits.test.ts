/**
 * Guessing is limited (issue 16, finding 3): logins of every actor, the change-password form's current password,
 * reset requests and the guest-order claim mail answer 429 with Retry-After once an account's or a client's
 * attempts are spent, in series and in parallel, and another account still gets in. The storefront's login
 * form says so in the page's language and answers 429 too. Each test poses as its own client through
 * X-Forwarded-For (the test stack trusts one proxy hop), so the rest of the suite is not slowed.
 */
import crypto from "node:crypto"
import { describe, expect, it } from "vitest"
import { readOutbox } from "@ocop/medusa-plugin-ocop/mail-outbox"
import { verifyEmail } from "../support/mail"
import { readStack } from "../support/stack"

const stack = readStack()
const run = crypto.randomUUID().slice(0, 8)
let clientCount = 0
/** A client address of its own (TEST-NET-3), as a proxy in front of the backend would report it. */
const newClient = () => `203.0.113.${(parseInt(run.slice(0, 2), 16) + clientCount++) % 250}`

async function post(path: string, body: unknown, { client, token, base = stack.backend_url }: { client: string; token?: string; base?: string }) {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": stack.publishable_key,
      "x-forwarded-for": client,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json().catch(() => null)) as any }
}

async function registeredCustomer(label: string) {
  const email = `${label}.${run}@example.vn`
  const password = `mat-khau-${label}-1`
  const client = newClient()
  const registration = await post("/auth/customer/emailpass/register", { email, password }, { client })
  await post("/store/customers", { email, first_name: "Thử", last_name: "Nguyễn" }, { client, token: registration.body.token })
  const login = await post("/auth/customer/emailpass", { email, password }, { client })
  expect(login.status).toBe(200)
  return { email, password, token: login.body.token as string }
}

const tally = (statuses: number[]) => statuses.reduce<Record<number, number>>((out, s) => ({ ...out, [s]: (out[s] ?? 0) + 1 }), {})

describe("rate limits on guessing", () => {
  it("ends 200 wrong customer passwords in 429s with Retry-After, while another account logs in from the same client", async () => {
    const victim = await registeredCustomer("victim")
    const other = await registeredCustomer("other")
    const client = newClient()
    const answers = []
    for (let i = 0; i < 200; i++) answers.push(await post("/auth/customer/emailpass", { email: victim.email, password: `guess-${i}` }, { client }))
    const statuses = tally(answers.map((a) => a.status))
    expect(statuses[401]).toBeLessThanOrEqual(10)
    expect(statuses[429]).toBeGreaterThanOrEqual(190)
    expect(answers.at(-1)!.status).toBe(429)
    expect(Number(answers.at(-1)!.retryAfter)).toBeGreaterThan(0)
    expect(answers.at(-1)!.body.message).toMatch(/too many attempts/)
    // Even the right password waits now: the guesser cannot tell it from a wrong one.
    expect((await post("/auth/customer/emailpass", { email: victim.email, password: victim.password }, { client })).status).toBe(429)
    expect((await post("/auth/customer/emailpass", { email: other.email, password: other.password }, { client })).status).toBe(200)
  })

  it("ends 50 × 4 parallel admin guesses in 429s, while the admin still logs in", async () => {
    const client = newClient()
    const target = `admin-guess-${run}@ocop.local`
    const statuses: number[] = []
    for (let wave = 0; wave < 4; wave++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => post("/auth/user/emailpass", { email: target, password: `guess-${wave}-${i}` }, { client }))
      )
      statuses.push(...answers.map((a) => a.status))
    }
    const counted = tally(statuses)
    expect(counted[401]).toBeLessThanOrEqual(10)
    expect(counted[429]).toBeGreaterThanOrEqual(190)
    expect((await post("/auth/user/emailpass", { email: stack.admin_email, password: stack.admin_password }, { client })).status).toBe(200)
  })

  it("stops one client guessing across many accounts, and only that client", async () => {
    const client = newClient()
    const statuses = []
    for (let i = 0; i < 110; i++) statuses.push((await post("/auth/customer/emailpass", { email: `spray-${i}.${run}@example.vn`, password: "123456" }, { client })).status)
    expect(statuses.slice(0, 100).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(100).every((status) => status === 429)).toBe(true)
    const someone = await registeredCustomer("someone")
    expect((await post("/auth/customer/emailpass", { email: someone.email, password: someone.password }, { client: newClient() })).status).toBe(200)
  })

  it("limits guesses of the current password on the change-password route", async () => {
    const customer = await registeredCustomer("changer")
    const client = newClient()
    const statuses = []
    for (let i = 0; i < 15; i++) {
      statuses.push((await post("/store/ocop/customers/me/password", { current_password: `guess-${i}`, new_password: "mat-khau-moi-1" }, { client, token: customer.token })).status)
    }
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true)
    expect(statuses.slice(10).every((status) => status === 429)).toBe(true)
  })

  it("sends at most 3 reset mails an hour to one address, then answers 429", async () => {
    const customer = await registeredCustomer("resetter")
    const since = Date.now()
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await post("/auth/customer/emailpass/reset-password", { identifier: customer.email }, { client: newClient() })).status)
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429])
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const mails = readOutbox(stack.mail_dir).filter((mail) => mail.template === "ocop-password-reset" && mail.to === customer.email && Date.parse(mail.written_at) >= since)
    expect(mails.length).toBeLessThanOrEqual(3)
  })

  it("sends the guest-order claim mail at most 3 times a day for one account", async () => {
    const customer = await registeredCustomer("claimer")
    await verifyEmail(stack, customer.email)
    const client = newClient()
    const statuses = []
    for (let i = 0; i < 5; i++) statuses.push((await post("/store/ocop/customers/me/guest-orders", {}, { client, token: customer.token })).status)
    expect(statuses).toEqual([202, 202, 202, 429, 429])
  })

  it("sends the verification mail again at most 3 times an hour for one account, however many clients ask", async () => {
    const customer = await registeredCustomer("verifier")
    const since = Date.now()
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await post("/store/ocop/customers/me/verification", {}, { client: newClient(), token: customer.token })).status)
    expect(statuses).toEqual([202, 202, 202, 429, 429, 429])
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const mails = readOutbox(stack.mail_dir).filter((mail) => mail.template === "ocop-email-verification" && mail.to === customer.email && Date.parse(mail.written_at) >= since)
    expect(mails).toHaveLength(3)
  })

  it("stops one client trying made-up verification links, and only that client", async () => {
    const client = newClient()
    const statuses = []
    for (let i = 0; i < 110; i++) {
      const token = `cus_01GUESS${String(i).padStart(18, "0")}.${Date.now() + 3_600_000}.${crypto.randomBytes(32).toString("base64url")}`
      statuses.push((await post("/store/ocop/customers/verification", { token }, { client })).status)
    }
    expect(tally(statuses)).toEqual({ 400: 100, 429: 10 })
    const elsewhere = await post("/store/ocop/customers/verification", { token: "cus_01OTHER.1.x" }, { client: newClient() })
    expect(elsewhere.status).toBe(400)
  })

  it("shows the storefront's login form refused in Vietnamese and in English, with 429 and Retry-After", async () => {
    const customer = await registeredCustomer("formguess")
    const client = newClient()
    const form = (prefix: string, password: string) =>
      fetch(`${stack.storefront_url}${prefix}/tai-khoan/dang-nhap`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": client, origin: stack.storefront_url },
        body: new URLSearchParams({ email: customer.email, password }).toString(),
        redirect: "manual",
      })
    const statuses = []
    for (let i = 0; i < 10; i++) statuses.push((await form("", `guess-${i}`)).status)
    expect(statuses.every((status) => status === 401)).toBe(true)
    const vi = await form("", "guess-10")
    expect(vi.status).toBe(429)
    expect(Number(vi.headers.get("retry-after"))).toBeGreaterThan(0)
    expect(await vi.text()).toMatch(/Quá nhiều lần thử\. Hãy thử lại sau \d+ phút\./)
    const en = await form("/en", customer.password)
    expect(en.status).toBe(429)
    expect(await en.text()).toMatch(/Too many attempts\. Try again in (a minute|\d+ minutes)\./)
  })
})
