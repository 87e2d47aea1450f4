import en from "~/i18n/locales/statement/en"
import vi from "~/i18n/locales/statement/vi"
import { addSection } from "~/i18n/sections"
import { usePortalTranslation } from "./strings"

/** The portal's words and the statement's own (`statement.*`): the statement page and the dashboard's chart. */
export function useStatementTranslation() {
  addSection("statement", { vi, en })
  return usePortalTranslation()
}
