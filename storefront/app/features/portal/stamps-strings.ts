import en from "~/i18n/locales/stamps/en"
import vi from "~/i18n/locales/stamps/vi"
import { addSection } from "~/i18n/sections"
import { usePortalTranslation } from "./strings"

/** The portal's words and the stamps page's own (`stamps.*`), both with that page only. */
export function useStampsTranslation() {
  addSection("stamps", { vi, en })
  return usePortalTranslation()
}
