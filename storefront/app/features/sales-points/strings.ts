import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/sales-points/en"
import vi from "~/i18n/locales/sales-points/vi"
import { addSection } from "~/i18n/sections"

/**
 * `useTranslation` for the sales points page: its words come with that page's code instead of with the language
 * chunk every page loads (i18n/sections.ts); "where to buy" on product pages keeps the common `salesPoints.*`.
 */
export function useSalesPointsTranslation() {
  addSection("salesPoints", { vi, en })
  return useTranslation()
}
