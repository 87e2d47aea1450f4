import { useTranslation } from "react-i18next"
import { addSection } from "~/i18n/sections"
import accountEn from "~/i18n/locales/account/en"
import accountVi from "~/i18n/locales/account/vi"
import en from "~/i18n/locales/portal/en"
import vi from "~/i18n/locales/portal/vi"

/**
 * `useTranslation` for the seller portal: its words (`portal.*`) come with the portal's pages only. The portal's
 * forms use the account pages' field kit and its labels (`account.fields.*`), so that section comes along:
 * a page that names a field's label before the kit renders must find it in the browser as on the server.
 */
export function usePortalTranslation() {
  addSection("account", { vi: accountVi, en: accountEn })
  addSection("portal", { vi, en })
  return useTranslation()
}
