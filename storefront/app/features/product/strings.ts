import { useTranslation } from "react-i18next"
import { useLazySection } from "~/i18n/sections"

/**
 * `useTranslation` for the product page and the producer page: their words (`product.*`) come in the page's
 * language only, instead of with the language chunk every page loads (i18n/sections.ts).
 */
export function useProductTranslation() {
  useLazySection("product")
  return useTranslation()
}
