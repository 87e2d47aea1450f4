import { Form, useLocation } from "@remix-run/react"
import { useLocalizePath } from "~/i18n/use-locale"
import type { GuestOrders } from "./customer.server"
import { useAccountTranslation } from "./strings"

/**
 * "N earlier orders were placed with your e-mail": a POST form (works without JavaScript) that has the link
 * mailed, handled by the claim page's action, which comes back here. Shows nothing when there are none; until
 * the account's e-mail is verified, says to verify it first (the backend refuses the claim before that).
 */
export function GuestOrdersNotice({ guest, email, emailVerified }: { guest: GuestOrders; email: string; emailVerified: boolean }) {
  const { t } = useAccountTranslation()
  const localize = useLocalizePath()
  const location = useLocation()
  if (!guest.count) return null
  return (
    <section aria-labelledby="guest-orders" className="mb-6 rounded-xl border border-amber-300 bg-amber-50 p-4">
      <h2 id="guest-orders" className="break-words font-bold text-stone-900">
        {t("account.guestOrders.found", { count: guest.count, email })}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("account.guestOrders.why")}</p>
      {guest.link_sent > 0 && (
        <p className="mt-2 text-sm font-semibold text-stone-800">{t("account.guestOrders.linkSent", { email, days: guest.link_days })}</p>
      )}
      {!emailVerified ? (
        <p className="mt-2 text-sm font-semibold text-stone-800">{t("account.verification.first")}</p>
      ) : (
      <Form method="post" action={localize("/tai-khoan/don-hang/nhan")} className="mt-3">
        <input type="hidden" name="intent" value="request" />
        <input type="hidden" name="back" value={location.pathname} />
        <button
          type="submit"
          className="min-h-12 w-full rounded-lg bg-ocop-800 px-5 py-2 text-base font-bold text-white hover:bg-ocop-900 sm:w-auto"
        >
          {guest.link_sent > 0 ? t("account.guestOrders.sendAgain") : t("account.guestOrders.send")}
        </button>
      </Form>
      )}
    </section>
  )
}
