import { describe, expect, it } from "vitest"
import { DEV_SESSION_SECRET, sessionSecrets } from "./cookies.server"
import {
  customerToken,
  flashCookie,
  logInCookie,
  logOutCookie,
  redirectToLogin,
  safeRedirect,
  takeFlash,
} from "./session.server"

/** A request carrying the cookie a Set-Cookie header would have left in the browser. */
function requestWith(setCookie: string | null, url = "http://shop.test/tai-khoan") {
  const cookie = setCookie ? setCookie.split(";")[0]! : ""
  return new Request(url, { headers: cookie ? { cookie } : {} })
}

describe("the login cookie", () => {
  it("carries the customer token, httpOnly, to the next requests", async () => {
    const setCookie = await logInCookie(new Request("http://shop.test/"), "jwt-of-hoa", "hoa@example.vn")
    expect(setCookie).toMatch(/^ocop_session=/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    expect(await customerToken(requestWith(setCookie))).toBe("jwt-of-hoa")
  })

  it("is signed: a cookie changed in the browser logs nobody in", async () => {
    const setCookie = await logInCookie(new Request("http://shop.test/"), "jwt-of-hoa", "hoa@example.vn")
    const [name, value] = setCookie.split(";")[0]!.split("=")
    const [payload, signature] = decodeURIComponent(value!).split(".")
    const forged = Buffer.from(JSON.stringify({ token: "jwt-of-someone-else" })).toString("base64")
    expect(await customerToken(new Request("http://shop.test/", { headers: { cookie: `${name}=${encodeURIComponent(`${forged}.${signature}`)}` } }))).toBeNull()
    expect(payload).not.toBe(forged)
    expect(await customerToken(new Request("http://shop.test/"))).toBeNull()
  })

  it("forgets the token at logout and keeps only the message for the next page, shown once", async () => {
    const loggedIn = await logInCookie(new Request("http://shop.test/"), "jwt-of-hoa", "hoa@example.vn")
    const loggedOut = await logOutCookie(requestWith(loggedIn), "account.loggedOut")
    expect(await customerToken(requestWith(loggedOut))).toBeNull()
    const first = await takeFlash(requestWith(loggedOut))
    expect(first.notice).toBe("account.loggedOut")
    expect(await takeFlash(requestWith(first.setCookie))).toEqual({ notice: null, setCookie: null })
  })

  it("keeps the login when a message is added", async () => {
    const loggedIn = await logInCookie(new Request("http://shop.test/"), "jwt-of-hoa", "hoa@example.vn")
    const withNotice = await flashCookie(requestWith(loggedIn), "account.profilePage.saved")
    expect(await customerToken(requestWith(withNotice))).toBe("jwt-of-hoa")
    expect((await takeFlash(requestWith(withNotice))).notice).toBe("account.profilePage.saved")
  })

  it("is signed with SESSION_SECRET, else the stack's COOKIE_SECRET, else a development secret", () => {
    expect(sessionSecrets({ SESSION_SECRET: "s", COOKIE_SECRET: "c" } as unknown as NodeJS.ProcessEnv)).toEqual(["s"])
    expect(sessionSecrets({ COOKIE_SECRET: "c" } as unknown as NodeJS.ProcessEnv)).toEqual(["c"])
    expect(sessionSecrets({} as unknown as NodeJS.ProcessEnv)).toEqual([DEV_SESSION_SECRET])
  })
})

describe("where a login returns to", () => {
  it("is a path of this site only", () => {
    expect(safeRedirect("/tai-khoan/don-hang?page=2", "/tai-khoan")).toBe("/tai-khoan/don-hang?page=2")
    expect(safeRedirect("/en/tai-khoan", "/tai-khoan")).toBe("/en/tai-khoan")
    for (const evil of ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", null]) {
      expect(safeRedirect(evil, "/tai-khoan")).toBe("/tai-khoan")
    }
  })

  it("is the page that asked for a login, in its language", () => {
    let thrown: unknown
    try {
      redirectToLogin(new Request("http://shop.test/en/tai-khoan/don-hang?page=2"))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Response)
    expect((thrown as Response).status).toBe(302)
    expect((thrown as Response).headers.get("location")).toBe(
      `/en/tai-khoan/dang-nhap?redirectTo=${encodeURIComponent("/en/tai-khoan/don-hang?page=2")}`
    )
  })
})
