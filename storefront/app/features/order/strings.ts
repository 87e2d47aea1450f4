import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/order/en"
import vi from "~/i18n/locales/order/vi"
import { addSection } from "~/i18n/sections"

/**
 * `useTranslation` for what shows an order (the order page, the account's history): its words (`order.*`) come
 * with that code instead of with the language chunk every page loads (i18n/sections.ts).
 */
export function useOrderTranslation() {
  addSection("order", { vi, en })
  return useTranslation()
}
