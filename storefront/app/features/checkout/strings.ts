import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/checkout/en"
import vi from "~/i18n/locales/checkout/vi"
import { addSection } from "~/i18n/sections"

/**
 * `useTranslation` for the checkout: its words (`checkout.*`) come with its code instead of with the language
 * chunk every page loads (i18n/sections.ts).
 */
export function useCheckoutTranslation() {
  addSection("checkout", { vi: vi.checkout, en: en.checkout })
  return useTranslation()
}
