import { RemixI18Next } from "remix-i18next/server"
import { i18nOptions, localeFromPathname, locales, type Locale } from "./config"
import en from "./locales/en"
import vi from "./locales/vi"

export const resources = { vi: { common: vi }, en: { common: en } }

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...locales],
    fallbackLanguage: "vi",
    // The URL decides, never a cookie or Accept-Language: one URL, one language (decision 010).
    order: ["custom"],
    findLocale: async (request) => localeFromPathname(new URL(request.url).pathname),
  },
  i18next: { ...i18nOptions, resources },
})

export function localeOf(request: Request): Locale {
  return localeFromPathname(new URL(request.url).pathname)
}
