import { describe, expect, it } from "vitest"
import { refuseBadRequest } from "./request-guard.server"

const get = (url: string) => refuseBadRequest({ method: "GET", url, headers: { host: "cho-ocop.vn" } })
const post = (headers: Record<string, string>) => refuseBadRequest({ method: "POST", url: "/gio-hang", headers: { host: "cho-ocop.vn", ...headers } })

describe("requests the storefront refuses before Remix", () => {
  it("lets ordinary pages and searches through", () => {
    expect(get("/san-pham?q=c%C3%A0+ph%C3%AA")).toBeNull()
    expect(get("/en/diem-ban/ki-ot-ocop-buon-ma-thuot")).toBeNull()
  })

  it("answers a broken escape or a NUL byte in the path or the query with a 400 page in the URL's language", () => {
    for (const url of ["/san-pham/%ff", "/chu-the/%E0%A4%A", "/san-pham?q=%00", "/diem-ban/%00", "/tim-kiem?q=%ED%A0%80"]) {
      expect(get(url)?.status, url).toBe(400)
    }
    expect(get("/san-pham/%00")?.html).toMatch(/<html lang="vi">[\s\S]*Địa chỉ không hợp lệ/)
    expect(get("/en/san-pham/%00")?.html).toMatch(/<html lang="en">[\s\S]*Invalid address/)
  })

  it("answers a form from another origin, same-site ones included, with a 403 page", () => {
    expect(post({ origin: "https://evil.example" })?.status).toBe(403)
    expect(post({ origin: "https://shop.cho-ocop.vn" })?.status).toBe(403)
    expect(post({ origin: "null" })?.status).toBe(403)
    expect(post({ origin: "https://cho-ocop.vn" })).toBeNull()
    expect(post({ origin: "https://cho-ocop.vn", "x-forwarded-host": "proxy.internal" })?.status).toBe(403)
    expect(post({})).toBeNull()
  })
})
