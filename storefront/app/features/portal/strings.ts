import { useTranslation } from "react-i18next"
import { addSection } from "~/i18n/sections"
import en from "~/i18n/locales/portal/en"
import vi from "~/i18n/locales/portal/vi"

/** `useTranslation` for the seller portal: its words (`portal.*`) come with the portal's pages only. */
export function usePortalTranslation() {
  addSection("portal", { vi, en })
  return useTranslation()
}
