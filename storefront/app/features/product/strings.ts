import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/product/en"
import vi from "~/i18n/locales/product/vi"
import { addSection } from "~/i18n/sections"

/**
 * `useTranslation` for the product page and the producer page: their words (`product.*`) come with these pages'
 * code instead of with the language chunk every page loads (i18n/sections.ts).
 */
export function useProductTranslation() {
  addSection("product", { vi, en })
  return useTranslation()
}
