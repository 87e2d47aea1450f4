import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/province/en"
import vi from "~/i18n/locales/province/vi"
import { addSection } from "~/i18n/sections"

/** `useTranslation` for the province pages: their words (`provincePage.*`) come with these pages' code (i18n/sections.ts). */
export function useProvinceTranslation() {
  addSection("provincePage", { vi, en })
  return useTranslation()
}
