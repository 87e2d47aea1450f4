import { describe, expect, it } from "vitest"
import { localeFromPathname, localizePath, pathInLocale } from "./config"
import accountEn from "./locales/account/en"
import accountVi from "./locales/account/vi"
import cartEn from "./locales/cart/en"
import cartVi from "./locales/cart/vi"
import catalogueEn from "./locales/catalogue/en"
import catalogueVi from "./locales/catalogue/vi"
import checkoutEn from "./locales/checkout/en"
import checkoutVi from "./locales/checkout/vi"
import en from "./locales/en"
import enquiryEn from "./locales/enquiry/en"
import enquiryVi from "./locales/enquiry/vi"
import fairsEn from "./locales/fairs/en"
import fairsVi from "./locales/fairs/vi"
import orderEn from "./locales/order/en"
import orderVi from "./locales/order/vi"
import productEn from "./locales/product/en"
import productVi from "./locales/product/vi"
import reviewsEn from "./locales/reviews/en"
import reviewsVi from "./locales/reviews/vi"
import salesPointsEn from "./locales/sales-points/en"
import salesPointsVi from "./locales/sales-points/vi"
import vi from "./locales/vi"

describe("the URL scheme", () => {
  it("reads the locale from the first path segment only", () => {
    expect(localeFromPathname("/")).toBe("vi")
    expect(localeFromPathname("/san-pham")).toBe("vi")
    expect(localeFromPathname("/en")).toBe("en")
    expect(localeFromPathname("/en/san-pham/ca-phe")).toBe("en")
    expect(localeFromPathname("/en.data")).toBe("en")
    expect(localeFromPathname("/english-tea")).toBe("vi")
  })

  it("prefixes English paths with /en and leaves Vietnamese ones alone", () => {
    expect(localizePath("/", "en")).toBe("/en")
    expect(localizePath("/?q=1", "en")).toBe("/en?q=1")
    expect(localizePath("/san-pham?stars=4", "en")).toBe("/en/san-pham?stars=4")
    expect(localizePath("/san-pham", "vi")).toBe("/san-pham")
  })

  it("switches a page to the other language, query kept", () => {
    expect(pathInLocale("/san-pham?page=2", "en")).toBe("/en/san-pham?page=2")
    expect(pathInLocale("/en/san-pham?page=2", "vi")).toBe("/san-pham?page=2")
    expect(pathInLocale("/en", "vi")).toBe("/")
    expect(pathInLocale("/en?x=1", "vi")).toBe("/?x=1")
    expect(pathInLocale("/", "en")).toBe("/en")
  })
})

describe("the translations", () => {
  it("have the same keys in English as in Vietnamese", () => {
    expect(keys(en)).toEqual(keys(vi))
  })

  it("leave no English value empty", () => {
    expect(keys(en).filter((key) => valueAt(en, key) === "")).toEqual([])
  })

  it("have the same keys and no empty value in the account pages' section, which adds to the header's link", () => {
    expect(keys(accountEn)).toEqual(keys(accountVi))
    expect(keys(accountEn).filter((key) => valueAt(accountEn, key) === "")).toEqual([])
    expect(Object.keys(accountVi)).not.toContain("headerLink")
  })

  it("have the same keys and no empty value in the buyers' reviews section, which only its pages load", () => {
    expect(keys(reviewsEn)).toEqual(keys(reviewsVi))
    expect(keys(reviewsEn).filter((key) => valueAt(reviewsEn, key) === "")).toEqual([])
    expect(Object.keys(vi)).not.toContain("reviews")
  })

  it("have the same keys and no empty value in the cart's section, which adds to the cards' common `cart.*`", () => {
    expect(keys(cartEn)).toEqual(keys(cartVi))
    expect(keys(cartEn).filter((key) => valueAt(cartEn, key) === "")).toEqual([])
    for (const key of Object.keys(cartVi)) expect(Object.keys(vi.cart)).not.toContain(key)
  })

  it("have the same keys and no empty value in the catalogue filters' section, which adds to the common `catalogue.*`", () => {
    expect(keys(catalogueEn)).toEqual(keys(catalogueVi))
    expect(keys(catalogueEn).filter((key) => valueAt(catalogueEn, key) === "")).toEqual([])
    for (const key of Object.keys(catalogueVi)) expect(Object.keys(vi.catalogue)).not.toContain(key)
  })

  it("have the same keys and no empty value in the sales points page's section, which adds to the common `salesPoints.*`", () => {
    expect(keys(salesPointsEn)).toEqual(keys(salesPointsVi))
    expect(keys(salesPointsEn).filter((key) => valueAt(salesPointsEn, key) === "")).toEqual([])
    for (const key of Object.keys(salesPointsVi)) expect(Object.keys(vi.salesPoints)).not.toContain(key)
  })

  it("have the same keys and no empty value in the product pages' section, which the common strings do not have", () => {
    expect(keys(productEn)).toEqual(keys(productVi))
    expect(keys(productEn).filter((key) => valueAt(productEn, key) === "")).toEqual([])
    expect(Object.keys(vi)).not.toContain("product")
  })

  it("have the same keys and no empty value in the checkout's section, whose keys the common strings do not have", () => {
    expect(keys(checkoutEn)).toEqual(keys(checkoutVi))
    expect(keys(checkoutEn).filter((key) => valueAt(checkoutEn, key) === "")).toEqual([])
    for (const section of Object.keys(checkoutVi)) expect(Object.keys(vi)).not.toContain(section)
  })

  it("have the same keys and no empty value in the order pages' section, which the common strings do not have", () => {
    expect(keys(orderEn)).toEqual(keys(orderVi))
    expect(keys(orderEn).filter((key) => valueAt(orderEn, key) === "")).toEqual([])
    expect(Object.keys(vi)).not.toContain("order")
  })

  it("have the same keys and no empty value in the fair pages' and the enquiry form's sections, which the common strings do not have", () => {
    for (const [sectionEn, sectionVi, name] of [[fairsEn, fairsVi, "fairs"], [enquiryEn, enquiryVi, "enquiry"]] as const) {
      expect(keys(sectionEn)).toEqual(keys(sectionVi))
      expect(keys(sectionEn).filter((key) => valueAt(sectionEn, key) === "")).toEqual([])
      expect(Object.keys(vi)).not.toContain(name)
    }
  })
})

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort()
}

function valueAt(tree: any, path: string) {
  return path.split(".").reduce((node, key) => node[key], tree)
}
