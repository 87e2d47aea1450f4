import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/fairs/en"
import vi from "~/i18n/locales/fairs/vi"
import { addSection } from "~/i18n/sections"

/**
 * `useTranslation` for the fair pages: their words (`fairs.*`) come with these pages' code, never with the
 * language chunk every page loads (i18n/sections.ts). The enquiry form's come with the form.
 */
export function useFairsTranslation() {
  addSection("fairs", { vi, en })
  return useTranslation()
}
