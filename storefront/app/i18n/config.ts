/**
 * Languages and the URL scheme: Vietnamese at `/`, English under `/en` with the same slugs
 * (docs/decisions/010-english-under-en-with-the-same-slugs.md). The language comes from the URL alone, so a
 * shared link always opens in the language it was shared in, and caches never mix the two.
 */
export const locales = ["vi", "en"] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = "vi"

export const i18nOptions = {
  supportedLngs: [...locales],
  fallbackLng: defaultLocale,
  defaultNS: "common",
  ns: ["common"],
  // React escapes; i18next escaping on top would show `&amp;` in product names.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
}

/** The locale a pathname is in: `/en`, `/en/…` and single fetch's `/en.data` are English. */
export function localeFromPathname(pathname: string): Locale {
  const first = pathname.split("/")[1] ?? ""
  return first === "en" || first === "en.data" ? "en" : "vi"
}

/** A path of the Vietnamese site (`/san-pham?x=1`) in the given locale (`/en/san-pham?x=1`). */
export function localizePath(path: string, locale: Locale): string {
  if (locale === defaultLocale) return path
  if (path === "/" || path.startsWith("/?")) return `/en${path.slice(1)}`
  return `/en${path}`
}

/** The same page in the other language: `/en/san-pham?p=2` ↔ `/san-pham?p=2`. */
export function pathInLocale(pathWithSearch: string, target: Locale): string {
  const vietnamese = pathWithSearch.replace(/^\/en(?=\/|\?|$)/, "") || "/"
  return localizePath(vietnamese.startsWith("/") ? vietnamese : `/${vietnamese}`, target)
}
