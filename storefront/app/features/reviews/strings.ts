import { useTranslation } from "react-i18next"
import { useLazySection } from "~/i18n/sections"

/** `useTranslation` for buyers' reviews: their words (`reviews.*`) come in the page's language only (i18n/sections.ts). */
export function useReviewsTranslation() {
  useLazySection("reviews")
  return useTranslation()
}
