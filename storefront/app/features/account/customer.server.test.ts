import { afterEach, describe, expect, it } from "vitest"
import { cartCookie } from "~/lib/cart-cookie.server"
import { TooManyAttempts } from "~/lib/medusa.server"
import { logInCookie } from "~/lib/session.server"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import {
  acceptGuestOrders,
  changePassword,
  claimGuestOrders,
  guestOrders,
  logIn,
  register,
  requestPasswordReset,
  requireCustomer,
  takeCartAlong,
} from "./customer.server"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

describe("a logged-in page", () => {
  it("sends a visitor whose token Medusa no longer accepts to the login page, and ends the session", async () => {
    api = await startFakeStoreApi((url) =>
      url.pathname === "/store/customers/me" ? { status: 401, body: { type: "unauthorized", message: "Unauthorized" } } : undefined
    )
    const cookie = (await logInCookie(new Request("http://shop.test/"), "expired-jwt", "hoa@example.vn")).split(";")[0]!
    const thrown = await requireCustomer(new Request("http://shop.test/tai-khoan/dia-chi", { headers: { cookie } })).catch((error) => error)
    expect(thrown).toBeInstanceOf(Response)
    expect(thrown.headers.get("location")).toBe(`/tai-khoan/dang-nhap?redirectTo=${encodeURIComponent("/tai-khoan/dia-chi")}`)
    expect(thrown.headers.get("set-cookie")).toMatch(/^ocop_session=;.*Expires=Thu, 01 Jan 1970/)
    expect(api.headers[0]!.authorization).toBe("Bearer expired-jwt")
  })
})

describe("the guest's cart at login", () => {
  it("is given to the customer through Medusa's Set Cart's Customer route", async () => {
    api = await startFakeStoreApi((url) =>
      url.pathname === "/store/carts/cart_guest/customer" ? { body: { cart: { id: "cart_guest" } } } : undefined
    )
    const cookie = (await cartCookie.serialize("cart_guest")).split(";")[0]!
    expect(await takeCartAlong(new Request("http://shop.test/", { headers: { cookie } }), "jwt-of-hoa")).toBe(true)
    expect(api.requests.map((url) => url.pathname)).toEqual(["/store/carts/cart_guest/customer"])
    expect(api.headers[0]!.authorization).toBe("Bearer jwt-of-hoa")
  })

  it("is left alone when Medusa refuses it (completed, or another customer's), and the login goes on", async () => {
    api = await startFakeStoreApi(() => ({ status: 400, body: { type: "not_allowed", message: "Cannot transfer cart" } }))
    const cookie = (await cartCookie.serialize("cart_other")).split(";")[0]!
    expect(await takeCartAlong(new Request("http://shop.test/", { headers: { cookie } }), "jwt-of-hoa")).toBe(false)
  })

  it("is not looked for when the shopper has no cart", async () => {
    api = await startFakeStoreApi(() => undefined)
    expect(await takeCartAlong(new Request("http://shop.test/"), "jwt-of-hoa")).toBe(false)
    expect(api.requests).toHaveLength(0)
  })
})

describe("registering", () => {
  const bodies: Record<string, unknown>[] = []
  const readBody = (request: import("node:http").IncomingMessage) =>
    new Promise<void>((resolve) => {
      let text = ""
      request.on("data", (chunk) => (text += chunk))
      request.on("end", () => {
        if (text) bodies.push(JSON.parse(text))
        resolve()
      })
    })

  it("makes the login, then the customer with its token, then logs in for a token that names the customer", async () => {
    bodies.length = 0
    let customers = 0
    api = await startFakeStoreApi((url, request) => {
      void readBody(request)
      if (url.pathname === "/auth/customer/emailpass/register") return { body: { token: "registration-jwt" } }
      if (url.pathname === "/store/customers") return (customers++, { body: { customer: { id: "cus_1" } } })
      if (url.pathname === "/auth/customer/emailpass") return { body: { token: "customer-jwt" } }
      return undefined
    })
    const result = await register({ full_name: "Trần Thị Hoa", email: "hoa@example.vn", phone: "+84905123456", password: "mat-khau-1" })
    expect(result).toEqual({ ok: true, token: "customer-jwt" })
    expect(api.requests.map((url) => url.pathname)).toEqual(["/auth/customer/emailpass/register", "/store/customers", "/auth/customer/emailpass"])
    expect(api.headers[1]!.authorization).toBe("Bearer registration-jwt")
    expect(customers).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(bodies).toContainEqual({ email: "hoa@example.vn", phone: "+84905123456", first_name: "Thị Hoa", last_name: "Trần" })
  })

  it("says the e-mail is taken when it has an account, without logging in, even with the right password", async () => {
    api = await startFakeStoreApi((url) => {
      if (url.pathname === "/auth/customer/emailpass/register") return { status: 401, body: { type: "unauthorized", message: "Identity with email already exists" } }
      if (url.pathname === "/auth/customer/emailpass") return { body: { token: "customer-jwt" } }
      if (url.pathname === "/store/customers/me") return { body: { customer: { id: "cus_1", email: "hoa@example.vn", addresses: [] } } }
      return undefined
    })
    expect(await register({ full_name: "Trần Thị Hoa", email: "hoa@example.vn", phone: "+84905123456", password: "mat-khau-1" })).toEqual({
      ok: false,
      reason: "exists",
    })
    expect(api.requests.map((url) => url.pathname)).not.toContain("/store/customers")
  })

  it("finishes a registration cut short (a login with no customer yet) when the same password is given", async () => {
    api = await startFakeStoreApi((url) => {
      if (url.pathname === "/auth/customer/emailpass/register") return { status: 401, body: { type: "unauthorized", message: "Identity with email already exists" } }
      if (url.pathname === "/auth/customer/emailpass") return { body: { token: "jwt-without-customer" } }
      if (url.pathname === "/store/customers/me") return { status: 401, body: { type: "unauthorized", message: "Unauthorized" } }
      if (url.pathname === "/store/customers") return { body: { customer: { id: "cus_1" } } }
      return undefined
    })
    const result = await register({ full_name: "Trần Thị Hoa", email: "hoa@example.vn", phone: "+84905123456", password: "mat-khau-1" })
    expect(result.ok).toBe(true)
    const created = api.requests.findIndex((url) => url.pathname === "/store/customers")
    expect(created).toBeGreaterThan(0)
    expect(api.headers[created]!.authorization).toBe("Bearer jwt-without-customer")
  })
})

describe("orders placed as a guest before the account", () => {
  const token = "0b6c1e36-4f59-4d43-9a55-1f0d7e0b8a11"

  it("are counted, and the link asked for, with the customer's own token", async () => {
    api = await startFakeStoreApi((url, request) =>
      url.pathname === "/store/ocop/customers/me/guest-orders"
        ? request.method === "POST"
          ? { status: 202, body: { guest_orders: { requested: 2, link_days: 7 } } }
          : { body: { guest_orders: { count: 2, link_sent: 0, link_days: 7 } } }
        : undefined
    )
    expect(await guestOrders("jwt-of-mai")).toEqual({ count: 2, link_sent: 0, link_days: 7 })
    expect(await claimGuestOrders("jwt-of-mai")).toBe(2)
    expect(api.headers.map((headers) => headers.authorization)).toEqual(["Bearer jwt-of-mai", "Bearer jwt-of-mai"])
  })

  it("tells an expired link from one that cannot be used, by the plugin's words", async () => {
    let answer = { status: 400, body: { type: "not_allowed", code: "claim_link_expired", message: "Liên kết đã hết hạn, hãy yêu cầu liên kết mới / the link has expired, ask for a new one" } }
    api = await startFakeStoreApi((url) => (url.pathname === "/store/ocop/customers/me/guest-orders/accept" ? answer : undefined))
    expect(await acceptGuestOrders("jwt-of-mai", [token])).toEqual({ ok: false, reason: "expired" })
    answer = { status: 400, body: { type: "not_allowed", code: "claim_link_invalid", message: "Liên kết không hợp lệ / the link is not valid, was used, was replaced by a newer one, or belongs to another account" } }
    expect(await acceptGuestOrders("jwt-of-mai", [token])).toEqual({ ok: false, reason: "invalid" })
    answer = { status: 200, body: { orders: [{ id: "order_1", display_id: 12 }] } } as any
    expect(await acceptGuestOrders("jwt-of-mai", [token])).toEqual({ ok: true, display_ids: [12] })
  })

  it("leaves the account page standing when the count cannot be had, but not a server error hidden", async () => {
    api = await startFakeStoreApi(() => ({ status: 400, body: { type: "not_allowed", message: "only for a registered account" } }))
    expect(await guestOrders("jwt")).toEqual({ count: 0, link_sent: 0, link_days: 0 })
    await api.close()
    api = await startFakeStoreApi(() => ({ status: 500, body: { type: "unknown_error", message: "boom" } }))
    await expect(guestOrders("jwt")).rejects.toThrow()
  })
})

describe("changing the password", () => {
  it("is false when the backend finds the current password wrong, true when it changed it", async () => {
    let status = 400
    api = await startFakeStoreApi((url, request) =>
      url.pathname === "/store/ocop/customers/me/password" && request.method === "POST"
        ? { status, body: status === 200 ? { password_changed: true } : { type: "invalid_data", message: "the current password is wrong" } }
        : undefined
    )
    expect(await changePassword("jwt-of-mai", "sai", "mat-khau-moi-2")).toBe(false)
    status = 200
    expect(await changePassword("jwt-of-mai", "mat-khau-cu-1", "mat-khau-moi-2")).toBe(true)
    expect(api.headers[1]!.authorization).toBe("Bearer jwt-of-mai")
  })
})

describe("a form the backend rate-limits", () => {
  const tooMany = { status: 429, headers: { "retry-after": "540" }, body: { type: "too_many_requests", message: "too many attempts" } }

  it("raises TooManyAttempts with the backend's Retry-After on a login, a reset request and a password check", async () => {
    api = await startFakeStoreApi(() => tooMany)
    for (const attempt of [
      () => logIn("lan@example.vn", "sai-mat-khau"),
      () => requestPasswordReset("lan@example.vn"),
      () => changePassword("jwt-of-lan", "sai", "mat-khau-moi-2"),
    ]) {
      const error = await attempt().catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(TooManyAttempts)
      expect((error as TooManyAttempts).retryAfter).toBe(540)
    }
  })

  it("passes on the X-Forwarded-For a proxy gave the storefront, so the backend counts per shopper", async () => {
    api = await startFakeStoreApi(() => ({ status: 401, body: { message: "Invalid email or password" } }))
    const request = new Request("http://shop.example/tai-khoan/dang-nhap", { method: "POST", headers: { "x-forwarded-for": "203.0.113.7" } })
    expect(await logIn("lan@example.vn", "sai-mat-khau", request)).toBeNull()
    expect(api.headers[0]!["x-forwarded-for"]).toBe("203.0.113.7")
  })
})
