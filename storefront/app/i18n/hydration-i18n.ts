/**
 * The browser's translator: reads the same i18next resources the server rendered with, through react-i18next's
 * `useTranslation`, without shipping i18next itself (15 KB gzip, a seventh of the home page's JavaScript
 * budget). See docs/decisions/011-i18next-on-the-server-a-reader-in-the-browser.md.
 *
 * It supports exactly what the storefront's strings use — nested keys, `{{name}}` interpolation, plurals by
 * `count` (`_one`, `_other`, … chosen by Intl.PluralRules like i18next), `defaultValue` — and
 * hydration-i18n.test.ts checks it against i18next itself on every key of both languages. Rendering, loaders and
 * meta on the server use i18next (through remix-i18next).
 */
import type { i18n as I18n } from "i18next"
import { i18nOptions, type Locale } from "./config"
import type { Resources } from "./locales/vi"
import { setLiveResources } from "./sections"

type Options = Record<string, unknown> & { count?: number; defaultValue?: string }

export function createTranslator(locale: Locale, resources: Resources) {
  const plurals = new Intl.PluralRules(locale)
  const lookup = (key: string): unknown =>
    key
      .split(".")
      .reduce<unknown>(
        (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
        resources
      )

  return function t(key: string, options: Options = {}): string {
    let value = lookup(key)
    if (typeof options.count === "number") {
      const plural = lookup(`${key}_${plurals.select(options.count)}`) ?? lookup(`${key}_other`)
      if (plural !== undefined) value = plural
    }
    if (typeof value !== "string") return options.defaultValue ?? key
    return value.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (placeholder, name: string) => {
      const replacement = options[name]
      // Like i18next: a value not given leaves its placeholder, so a missing one shows instead of vanishing.
      if (replacement === undefined) return placeholder
      return replacement === null ? "" : String(replacement)
    })
  }
}

/** The part of i18next's instance that react-i18next 15 touches, backed by `createTranslator`. */
export function createHydrationI18n(locale: Locale, resources: Resources): I18n {
  // The translator reads this very object: sections added later (sections.ts) are found by the next `t`.
  const live = { ...resources }
  setLiveResources(locale, live)
  const t = createTranslator(locale, live)
  const instance = {
    language: locale,
    languages: [locale],
    resolvedLanguage: locale,
    isInitialized: true,
    options: { ...i18nOptions, lng: locale },
    t,
    getFixedT: () => t,
    hasLoadedNamespace: () => true,
    loadNamespaces: (_ns: unknown, callback?: () => void) => callback?.(),
    loadLanguages: (_lng: unknown, callback?: () => void) => callback?.(),
    // The language never changes within a document: switching language loads the other URL (decision 010).
    on: () => {},
    off: () => {},
    store: { on: () => {}, off: () => {} },
  }
  return instance as unknown as I18n
}
