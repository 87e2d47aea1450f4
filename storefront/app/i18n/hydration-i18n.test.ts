import i18next from "i18next"
import { describe, expect, it } from "vitest"
import { i18nOptions, locales } from "./config"
import en from "./locales/en"
import vi from "./locales/vi"
import { createTranslator } from "./hydration-i18n"
import accountEn from "./locales/account/en"
import accountVi from "./locales/account/vi"
import checkoutEn from "./locales/checkout/en"
import checkoutVi from "./locales/checkout/vi"
import { withSections } from "./sections"

// Every string a page may show, the sections loaded with their pages included (sections.ts).
const resources = {
  vi: withSections(vi, { account: accountVi, ...checkoutVi }),
  en: withSections(en, { account: accountEn, ...checkoutEn }),
}

function leafKeys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

/** Every key as the components call it: plural keys without their suffix, with every variable filled. */
function calls(tree: object) {
  const keys = new Set(leafKeys(tree).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, "")))
  const values = {
    name: "Ea Kiết",
    price: "95.000\u00a0₫",
    stars: 4,
    q: "cà phê",
    page: 2,
    pages: 3,
    score: 78,
    year: 2016,
    sku: "CP-1",
    number: 2,
    title: "Cà phê",
    filters: "4 sao",
    distance: "1,2 km",
    email: "hoa@example.vn",
    date: "24/11/2026",
    street: "12 Lê Duẩn",
  }
  return [...keys].flatMap((key) => [
    { key, options: values },
    { key, options: { ...values, count: 0 } },
    { key, options: { ...values, count: 1 } },
    { key, options: { ...values, count: 7 } },
  ])
}

describe("the browser's translator", () => {
  for (const locale of locales) {
    it(`renders every ${locale} string exactly as i18next does on the server`, async () => {
      const server = i18next.createInstance()
      await server.init({ ...i18nOptions, lng: locale, resources: { [locale]: { common: resources[locale] } } })
      const browser = createTranslator(locale, resources[locale])
      for (const { key, options } of calls(resources[locale])) {
        expect(browser(key, options), `${locale}: ${key} ${JSON.stringify(options)}`).toBe(server.t(key, options))
      }
    })
  }

  it("falls back to the default value for an unknown key, like i18next", async () => {
    const server = i18next.createInstance()
    await server.init({ ...i18nOptions, lng: "vi", resources: { vi: { common: vi } } })
    const browser = createTranslator("vi", vi)
    expect(browser("province.99", { defaultValue: "" })).toBe(server.t("province.99", { defaultValue: "" }))
    expect(browser("no.such.key")).toBe(server.t("no.such.key"))
  })
})
