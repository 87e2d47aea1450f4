import { describe, expect, it } from "vitest"
import { parseForm } from "~/lib/forms"
import { addressSchema, changePasswordSchema, claimTokens, loginSchema, registerSchema, resetPasswordSchema } from "./schemas"

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

describe("the register form", () => {
  it("gives the values Medusa takes: e-mail in lower case, phone in E.164", () => {
    const parsed = parseForm(
      registerSchema,
      form({ full_name: "Trần Thị Hoa", email: " Hoa@Example.VN ", phone: "0905 123 456", password: "mat-khau-1" })
    )
    expect(parsed.errors).toBeUndefined()
    expect(parsed.data).toEqual({ full_name: "Trần Thị Hoa", email: "hoa@example.vn", phone: "+84905123456", password: "mat-khau-1" })
  })

  it("names each wrong field with an i18n key, and never sends the password back", () => {
    const parsed = parseForm(registerSchema, form({ full_name: "", email: "hoa@", phone: "12345", password: "short" }))
    expect(parsed.errors).toEqual({
      full_name: "account.errors.nameRequired",
      email: "account.errors.emailInvalid",
      phone: "account.errors.phoneInvalid",
      password: "account.errors.passwordShort",
    })
    expect(parsed.values).toEqual({ full_name: "", email: "hoa@", phone: "12345" })
  })

  it("asks for what is missing rather than calling it invalid", () => {
    const parsed = parseForm(registerSchema, form({ full_name: "An", email: "", phone: " ", password: "12345678" }))
    expect(parsed.errors).toEqual({ email: "account.errors.emailRequired", phone: "account.errors.phoneRequired" })
  })
})

describe("the login and reset forms", () => {
  it("needs a password to log in, of any length (older accounts may have short ones)", () => {
    expect(parseForm(loginSchema, form({ email: "a@b.vn", password: "" })).errors).toEqual({ password: "account.errors.passwordRequired" })
    expect(parseForm(loginSchema, form({ email: "a@b.vn", password: "x" })).errors).toBeUndefined()
  })

  it("wants the new password twice, the same, and the link's token", () => {
    const base = { token: "t", email: "a@b.vn", password: "mat-khau-moi", password_confirm: "mat-khau-moi" }
    expect(parseForm(resetPasswordSchema, form(base)).errors).toBeUndefined()
    expect(parseForm(resetPasswordSchema, form({ ...base, password_confirm: "khac-nhau-1" })).errors).toEqual({
      password_confirm: "account.errors.passwordMismatch",
    })
    const noToken = parseForm(resetPasswordSchema, form({ ...base, token: "" }))
    expect(noToken.errors).toEqual({ token: "account.errors.resetLinkInvalid" })
    expect(noToken.values).not.toHaveProperty("token")
    expect(noToken.values).not.toHaveProperty("password")
  })
})

describe("the address form", () => {
  const address = { full_name: "Trần Thị Hoa", phone: "0905123456", province: "66", ward_code: "24133", address_1: "12 Lê Duẩn" }

  it("takes a province code, a ward code and a street; the default box is a checkbox", () => {
    expect(parseForm(addressSchema, form(address)).data).toEqual({ ...address, phone: "+84905123456", is_default: false })
    expect(parseForm(addressSchema, form({ ...address, is_default: "on" })).data?.is_default).toBe(true)
  })

  it("asks for the province, the ward and the street when they are missing or not codes", () => {
    const parsed = parseForm(addressSchema, form({ ...address, province: "", ward_code: "Phường Tân Lập", address_1: " " }))
    expect(parsed.errors).toEqual({
      province: "account.errors.provinceRequired",
      ward_code: "account.errors.wardRequired",
      address_1: "account.errors.streetRequired",
    })
  })
})

describe("changing the password inside the account", () => {
  const base = { current_password: "mat-khau-cu-1", password: "mat-khau-moi-2", password_confirm: "mat-khau-moi-2" }

  it("needs the current password, a new one of 8 characters typed twice alike, and different from the current", () => {
    expect(parseForm(changePasswordSchema, form(base)).data).toMatchObject({ current_password: "mat-khau-cu-1", password: "mat-khau-moi-2" })
    expect(parseForm(changePasswordSchema, form({ ...base, current_password: "" })).errors).toEqual({
      current_password: "account.errors.currentPasswordRequired",
    })
    expect(parseForm(changePasswordSchema, form({ ...base, password: "ngan", password_confirm: "ngan" })).errors).toEqual({
      password: "account.errors.passwordShort",
    })
    expect(parseForm(changePasswordSchema, form({ ...base, password_confirm: "mat-khau-moi-3" })).errors).toEqual({
      password_confirm: "account.errors.passwordMismatch",
    })
    expect(parseForm(changePasswordSchema, form({ ...base, password: "mat-khau-cu-1", password_confirm: "mat-khau-cu-1" })).errors).toEqual({
      password: "account.errors.passwordSame",
    })
  })

  it("never sends a password back to the form", () => {
    const failed = parseForm(changePasswordSchema, form({ ...base, password_confirm: "x" }))
    expect(failed.values).toEqual({})
  })
})

describe("the tokens of a claim link", () => {
  const a = "0b6c1e36-4f59-4d43-9a55-1f0d7e0b8a11"
  const b = "7d3f2a10-91c4-4e2b-8f6d-2b1c0a9e5d44"

  it("are the repeated `token` values, each once", () => {
    expect(claimTokens(new URLSearchParams(`token=${a}&token=${b}&token=${a}`))).toEqual([a, b])
    const posted = new FormData()
    posted.append("token", b)
    expect(claimTokens(posted)).toEqual([b])
  })

  it("are refused whole when one is not a token, when there are none, or more than one mail can carry", () => {
    expect(claimTokens(new URLSearchParams(`token=${a}&token=abc`))).toBeNull()
    expect(claimTokens(new URLSearchParams(""))).toBeNull()
    expect(claimTokens(new URLSearchParams(`token=${a}%27%3B--`))).toBeNull()
    const many = Array.from({ length: 21 }, (_, i) => `token=${a.slice(0, -2)}${String(i).padStart(2, "0")}`).join("&")
    expect(claimTokens(new URLSearchParams(many))).toBeNull()
  })
})
