import { Form, useLocation } from "@remix-run/react"
import { useLocalizePath } from "~/i18n/use-locale"
import type { EmailVerification } from "./customer.server"
import { useAccountTranslation } from "./strings"

/**
 * "Please verify your e-mail", with a POST form (works without JavaScript) that has the link mailed again,
 * handled by the verification page's action, which comes back here. Shows nothing once verified.
 */
export function EmailVerificationNotice({ verification }: { verification: EmailVerification }) {
  const { t } = useAccountTranslation()
  const localize = useLocalizePath()
  const location = useLocation()
  if (verification.verified) return null
  return (
    <section aria-labelledby="email-verification" className="mb-6 rounded-xl border border-sky-300 bg-sky-50 p-4">
      <h2 id="email-verification" className="break-words font-bold text-stone-900">
        {t("account.verification.pending", { email: verification.email })}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("account.verification.why", { hours: verification.link_hours })}</p>
      <Form method="post" action={localize("/tai-khoan/xac-minh")} className="mt-3">
        <input type="hidden" name="intent" value="resend" />
        <input type="hidden" name="back" value={location.pathname} />
        <button
          type="submit"
          className="min-h-12 w-full rounded-lg border border-ocop-800 bg-white px-5 py-2 text-base font-bold text-ocop-900 hover:bg-ocop-50 sm:w-auto"
        >
          {t("account.verification.send")}
        </button>
      </Form>
    </section>
  )
}
