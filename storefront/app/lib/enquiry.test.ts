import { describe, expect, it } from "vitest"
import { contextFromSearch, enquiryPath } from "./enquiry"
import { enquirySchema } from "./enquiry.server"

describe("an enquiry's form", () => {
  it("takes a name and a phone, writing the phone in E.164, and leaves empty fields out", () => {
    const parsed = enquirySchema.parse({ buyer_name: " Lan ", phone: "0912 345 678", email: "", organisation: "", note: "Giá sỉ?" })
    expect(parsed).toEqual({ buyer_name: "Lan", phone: "+84912345678", note: "Giá sỉ?" })
  })

  it("wants a phone or an e-mail, and says which field is wrong with the form's own keys", () => {
    const none = enquirySchema.safeParse({ buyer_name: "Lan" })
    expect(none.success || none.error.issues.map((i) => [i.path[0], i.message])).toEqual([["phone", "enquiry.errors.contact"]])
    const bad = enquirySchema.safeParse({ buyer_name: "", phone: "12345", email: "lan@" })
    expect(bad.success || bad.error.issues.map((i) => i.message).sort()).toEqual(["enquiry.errors.email", "enquiry.errors.name", "enquiry.errors.phone"])
    expect(enquirySchema.parse({ buyer_name: "Lan", email: "Lan@Example.VN" }).email).toBe("lan@example.vn")
  })
})

describe("an enquiry's context", () => {
  it("travels in the enquiry page's query and back", () => {
    const context = { fair: "hoi-cho-ca-phe", booth: "A12", source: "booth_qr" as const }
    const path = enquiryPath(context)
    expect(path).toBe("/hoi-mua?hoi-cho=hoi-cho-ca-phe&gian-hang=A12&nguon=booth_qr")
    expect(contextFromSearch(new URL(`https://x${path}`).searchParams)).toEqual({ ...context, product: undefined })
  })

  it("drops what is malformed and falls back to a product page's source", () => {
    expect(contextFromSearch(new URLSearchParams("hoi-cho=Hội chợ&gian-hang=<b>&nguon=radio&san-pham=ca-phe"))).toEqual({
      product: "ca-phe",
      fair: undefined,
      booth: undefined,
      source: "product_page",
    })
  })
})
