/**
 * What the browser build uses in place of react-i18next (vite.config.ts aliases it there only; the server and the
 * tests keep the library): the two exports the storefront imports, over the instance of hydration-i18n.ts.
 * react-i18next's own code is there to follow language changes and namespaces loading, neither of which happens
 * in a document here (decision 011): the page's language is its URL's, and every word is there before a render.
 */
import type { i18n as I18n } from "i18next"
import { createContext, useContext, type ReactNode } from "react"

const I18nContext = createContext<I18n | null>(null)

export function I18nextProvider({ i18n, children }: { i18n: I18n; defaultNS?: string; children?: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>
}

export function useTranslation() {
  const i18n = useContext(I18nContext)
  if (!i18n) throw new Error("useTranslation outside I18nextProvider")
  return { t: i18n.t, i18n, ready: true }
}
