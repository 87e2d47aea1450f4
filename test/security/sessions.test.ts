/**
 * Sessions end (issue 16, finding 4): after a logout or a password change, every earlier bearer token of the
 * customer and the storefront's old `ocop_session` cookie are refused, on Medusa's routes and the plugin's, and
 * cannot be turned into a cookie session or a refreshed token; a fresh login works.
 */
import crypto from "node:crypto"
import { describe, expect, it } from "vitest"
import { readStack } from "../support/stack"

const stack = readStack()
const run = crypto.randomUUID().slice(0, 8)
/** A JWT's `iat` has whole seconds: tokens of the same second as a logout still count, so tests wait one out. */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1100))

async function call(method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${stack.backend_url}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": stack.publishable_key,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

async function registeredCustomer(label: string) {
  const email = `${label}.${run}@example.vn`
  const password = `mat-khau-${label}-1`
  const registration = await call("POST", "/auth/customer/emailpass/register", { body: { email, password } })
  await call("POST", "/store/customers", { token: registration.body.token, body: { email, first_name: "Phiên", last_name: "Trần" } })
  return { email, password }
}
const logIn = async (email: string, password: string) => (await call("POST", "/auth/customer/emailpass", { body: { email, password } })).body.token as string

describe("a customer's sessions", () => {
  it("all end when she logs out on one device: old tokens are refused on Medusa's and the plugin's routes", async () => {
    const customer = await registeredCustomer("logout")
    const laptop = await logIn(customer.email, customer.password)
    const phone = await logIn(customer.email, customer.password)
    expect((await call("GET", "/store/customers/me", { token: laptop })).status).toBe(200)
    await nextSecond()
    expect((await call("DELETE", "/store/ocop/customers/me/sessions", { token: phone })).status).toBe(200)
    for (const token of [laptop, phone]) {
      expect((await call("GET", "/store/customers/me", { token })).status).toBe(401)
      expect((await call("GET", "/store/orders", { token })).status).toBe(401)
      expect((await call("GET", "/store/ocop/customers/me/guest-orders", { token })).status).toBe(401)
      expect((await call("POST", "/auth/token/refresh", { token })).status).toBe(401)
      expect((await call("POST", "/auth/session", { token })).status).toBe(401)
    }
    const again = await logIn(customer.email, customer.password)
    expect((await call("GET", "/store/customers/me", { token: again })).status).toBe(200)
  })

  it("all end when her password changes, the device that changed it included", async () => {
    const customer = await registeredCustomer("change")
    const stolen = await logIn(customer.email, customer.password)
    const own = await logIn(customer.email, customer.password)
    await nextSecond()
    const changed = await call("POST", "/store/ocop/customers/me/password", {
      token: own,
      body: { current_password: customer.password, new_password: "mat-khau-moi-2" },
    })
    expect(changed.status).toBe(200)
    expect((await call("GET", "/store/customers/me", { token: stolen })).status).toBe(401)
    expect((await call("GET", "/store/customers/me", { token: own })).status).toBe(401)
    const fresh = await logIn(customer.email, "mat-khau-moi-2")
    expect((await call("GET", "/store/customers/me", { token: fresh })).status).toBe(200)
  })

  it("leaves other customers' sessions alone", async () => {
    const [one, two] = [await registeredCustomer("one"), await registeredCustomer("two")]
    const tokenOne = await logIn(one.email, one.password)
    const tokenTwo = await logIn(two.email, two.password)
    await nextSecond()
    await call("DELETE", "/store/ocop/customers/me/sessions", { token: tokenOne })
    expect((await call("GET", "/store/customers/me", { token: tokenTwo })).status).toBe(200)
  })
})

describe("the storefront's session cookie", () => {
  const form = (path: string, fields: Record<string, string>, cookie?: string) =>
    fetch(`${stack.storefront_url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: stack.storefront_url, ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(fields).toString(),
      redirect: "manual",
    })
  const sessionCookie = (response: Response) =>
    response.headers.getSetCookie().map((line) => line.split(";")[0]!).find((pair) => pair.startsWith("ocop_session="))!
  const accountPage = (cookie: string) => fetch(`${stack.storefront_url}/tai-khoan`, { headers: { cookie }, redirect: "manual" })

  it("copied before a logout no longer opens the account afterwards", async () => {
    const customer = await registeredCustomer("cookie")
    const login = await form("/tai-khoan/dang-nhap", { email: customer.email, password: customer.password })
    expect(login.status).toBe(302)
    const copied = sessionCookie(login)
    expect((await accountPage(copied)).status).toBe(200)
    await nextSecond()
    const logout = await form("/tai-khoan/dang-xuat", {}, copied)
    expect(logout.status).toBe(302)
    const after = await accountPage(copied)
    expect(after.status).toBe(302)
    expect(after.headers.get("location")).toMatch(/^\/tai-khoan\/dang-nhap\?redirectTo=/)
  })

  it("copied before a password change no longer opens the account, while the browser that changed it stays in", async () => {
    const customer = await registeredCustomer("cookiechange")
    const copied = sessionCookie(await form("/tai-khoan/dang-nhap", { email: customer.email, password: customer.password }))
    await nextSecond()
    const changed = await form(
      "/tai-khoan/mat-khau",
      { current_password: customer.password, password: "mat-khau-moi-3", password_confirm: "mat-khau-moi-3" },
      copied
    )
    expect(changed.status).toBe(302)
    const renewed = sessionCookie(changed)
    expect((await accountPage(copied)).status).toBe(302)
    expect((await accountPage(renewed)).status).toBe(200)
  })
})
