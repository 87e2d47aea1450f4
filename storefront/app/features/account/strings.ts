import { useTranslation } from "react-i18next"
import { addSection } from "~/i18n/sections"
import en from "~/i18n/locales/account/en"
import vi from "~/i18n/locales/account/vi"

/**
 * `useTranslation` for the account pages: their words (`account.*`, ~1.5 KB gzip per language) come with these
 * pages' code instead of with the language chunk every page loads (i18n/sections.ts).
 */
export function useAccountTranslation() {
  addSection("account", { vi, en })
  return useTranslation()
}
