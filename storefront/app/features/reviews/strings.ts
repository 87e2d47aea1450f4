import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/reviews/en"
import vi from "~/i18n/locales/reviews/vi"
import { addSection } from "~/i18n/sections"

/** `useTranslation` for buyers' reviews: their words (`reviews.*`) come with the pages that show them. */
export function useReviewsTranslation() {
  addSection("reviews", { vi, en })
  return useTranslation()
}
