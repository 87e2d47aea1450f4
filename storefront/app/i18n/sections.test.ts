import { describe, expect, it } from "vitest"
import { createHydrationI18n } from "./hydration-i18n"
import vi from "./locales/vi"
import { addSection, loadSections, useLazySection, withSections } from "./sections"

describe("sections of strings loaded with their pages", () => {
  it("merge into their key on the server, beside what the language chunk already has there", () => {
    const merged = withSections(vi, { account: { title: "Tài khoản" } })
    expect(merged.account).toEqual({ headerLink: "Tài khoản", title: "Tài khoản" })
    expect(vi.account).toEqual({ headerLink: "Tài khoản" })
  })

  it("reach the browser's translator once added, in the page's language, and only then", () => {
    const i18n = createHydrationI18n("en", vi)
    expect(i18n.t("account.title")).toBe("account.title")
    addSection("account", { vi: { title: "Tài khoản" }, en: { title: "Account" } })
    expect(i18n.t("account.title")).toBe("Account")
    expect(i18n.t("account.headerLink")).toBe("Tài khoản")
    // Adding again (every render of an account page does) changes nothing.
    addSection("account", { vi: { title: "x" }, en: { title: "y" } })
    expect(i18n.t("account.title")).toBe("Account")
  })

  it("fetched lazily come in the page's language only, and a component translating before they came waits for them", async () => {
    const i18n = createHydrationI18n("en", vi)
    let waitedFor: unknown
    try {
      useLazySection("reviews")
    } catch (thrown) {
      waitedFor = thrown
    }
    // Suspense's contract: the component throws the promise of the words it waits for.
    expect(waitedFor).toBeInstanceOf(Promise)
    await waitedFor
    useLazySection("reviews")
    expect(i18n.t("reviews.heading")).toBe("Buyers' reviews")
    await loadSections("vi", ["reviews"])
    useLazySection("reviews")
    expect(i18n.t("reviews.heading")).toBe("Buyers' reviews")
  })
})
