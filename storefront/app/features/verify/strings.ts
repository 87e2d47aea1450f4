import { useTranslation } from "react-i18next"
import en from "~/i18n/locales/verify/en"
import errorsEn from "~/i18n/locales/verify/errors-en"
import errorsVi from "~/i18n/locales/verify/errors-vi"
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

/**
 * Only the words of the lookup form and of the verify error pages (410, 429), as `verifyErrors.*`: what a product
 * page's error boundary needs, without the rest of the lookup's words in the product page's code.
 */
export function useVerifyErrorTranslation() {
  addSection("verifyErrors", { vi: errorsVi, en: errorsEn })
  return useTranslation()
}
