import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/verify/en"
import vi from "~/i18n/locales/verify/vi"
import { addSection } from "~/i18n/sections"

/**
 * `useTranslation` for the lookup, the stamp check and a lapsed product's page: their words (`verify.*`) come with
 * these pages' code instead of the language chunk every page loads (i18n/sections.ts).
 */
export function useVerifyTranslation() {
  addSection("verify", { vi, en })
  return useTranslation()
}
