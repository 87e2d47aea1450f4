import { useTranslation } from "react-i18next"
import enquiryEn from "~/i18n/locales/enquiry/en"
import enquiryVi from "~/i18n/locales/enquiry/vi"
import en from "~/i18n/locales/fairs/en"
import vi from "~/i18n/locales/fairs/vi"
import { addSection } from "~/i18n/sections"

/**
 * `useTranslation` for the fair pages: their words (`fairs.*`) and the enquiry form's (`enquiry.*`) come with
 * these pages' code, never with the language chunk every page loads (i18n/sections.ts).
 */
export function useFairsTranslation() {
  addSection("fairs", { vi, en })
  addSection("enquiry", { vi: enquiryVi, en: enquiryEn })
  return useTranslation()
}
