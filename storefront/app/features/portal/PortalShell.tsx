import { Form, NavLink } from "@remix-run/react"
import type { ReactNode } from "react"
import { useLocalizePath } from "~/i18n/use-locale"
import { Notice } from "~/features/account/Field"
import type { Me } from "./portal.server"
import { usePortalTranslation } from "./strings"

/**
 * The frame of the portal's pages for a signed-in member: whose portal it is, the sections as tabs (a row that
 * scrolls on a phone), and signing out (a POST form: it ends the sessions, so no link a crawler could follow).
 */
export function PortalShell({ me, title, notice, error, children }: { me: Me; title: string; notice?: string | null; error?: string | null; children: ReactNode }) {
  const { t } = usePortalTranslation()
  const localize = useLocalizePath()
  const tabs = [
    { to: "/kenh-nguoi-ban", label: t("portal.dashboard"), end: true },
    { to: "/kenh-nguoi-ban/san-pham", label: t("portal.products"), end: false },
    { to: "/kenh-nguoi-ban/doi-ngu", label: t("portal.team"), end: true },
    { to: "/kenh-nguoi-ban/tem", label: t("portal.stamps"), end: false },
  ]
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="min-w-0 break-words text-sm text-stone-700">
          {t("portal.greeting", { name: me.member.name || me.member.email, producer: me.producer.name })}
        </p>
        <Form method="post" action={localize("/kenh-nguoi-ban/dang-xuat")}>
          <button type="submit" className="h-10 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-50">
            {t("portal.signOut")}
          </button>
        </Form>
      </div>
      <nav aria-label={t("portal.nav")} className="mt-3 border-b border-stone-200">
        <ul className="-mb-px flex gap-1 overflow-x-auto text-sm font-semibold">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink
                to={localize(tab.to)}
                end={tab.end}
                className={({ isActive }) =>
                  `block whitespace-nowrap border-b-2 px-2 py-3 sm:px-3 ${isActive ? "border-ocop-800 text-ocop-900" : "border-transparent text-stone-600 hover:text-ocop-800"}`
                }
              >
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <h1 className="mt-5 text-2xl font-bold text-ocop-900">{title}</h1>
      {(notice || error) && (
        <div className="mt-3">
          <Notice tone={error ? "error" : "success"}>{error ?? notice}</Notice>
        </div>
      )}
      <div className="mt-4">{children}</div>
    </div>
  )
}
