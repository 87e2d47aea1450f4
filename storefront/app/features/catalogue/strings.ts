import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/catalogue/en"
import vi from "~/i18n/locales/catalogue/vi"
import { addSection } from "~/i18n/sections"

/**
 * `useTranslation` for the filters of the catalogue and the search page: their words come with those pages'
 * code instead of with the language chunk every page loads (i18n/sections.ts); the cards' words stay there.
 */
export function useCatalogueTranslation() {
  addSection("catalogue", { vi, en })
  return useTranslation()
}
