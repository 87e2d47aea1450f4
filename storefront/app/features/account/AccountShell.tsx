import { Form, NavLink } from "@remix-run/react"
import type { ReactNode } from "react"
import { useLocalizePath } from "~/i18n/use-locale"
import { Notice } from "./Field"
import { useAccountTranslation } from "./strings"

/**
 * The frame of the logged-in pages: who is logged in, the four sections as tabs (a row that scrolls on a
 * phone), the log-out button (a POST form: logging out changes state, so no link a crawler could follow).
 */
export function AccountShell({
  name,
  title,
  notice,
  children,
}: {
  name: string
  title: string
  notice?: string | null
  children: ReactNode
}) {
  const { t } = useAccountTranslation()
  const localize = useLocalizePath()
  const tabs = [
    { to: "/tai-khoan", label: t("account.profile"), end: true },
    { to: "/tai-khoan/dia-chi", label: t("account.addresses"), end: false },
    { to: "/tai-khoan/don-hang", label: t("account.orders"), end: false },
    { to: "/tai-khoan/mat-khau", label: t("account.password"), end: true },
  ]
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-stone-700">{t("account.greeting", { name })}</p>
        <Form method="post" action={localize("/tai-khoan/dang-xuat")}>
          <button
            type="submit"
            className="h-10 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-50"
          >
            {t("account.logout")}
          </button>
        </Form>
      </div>
      <nav aria-label={t("account.nav")} className="mt-3 border-b border-stone-200">
        <ul className="-mb-px flex gap-1 overflow-x-auto text-sm font-semibold">
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink
                to={localize(tab.to)}
                end={tab.end}
                className={({ isActive }) =>
                  `block whitespace-nowrap border-b-2 px-2 py-3 sm:px-3 ${
                    isActive ? "border-ocop-800 text-ocop-900" : "border-transparent text-stone-600 hover:text-ocop-800"
                  }`
                }
              >
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <h1 className="mt-5 text-2xl font-bold text-ocop-900">{title}</h1>
      {notice && (
        <div className="mt-3">
          <Notice tone="success">{notice}</Notice>
        </div>
      )}
      <div className="mt-4">{children}</div>
    </div>
  )
}

/** The frame of the pages for visitors (log in, register, forgotten password): one narrow column. */
export function GuestShell({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md px-4 py-6">
      <h1 className="text-2xl font-bold text-ocop-900">{title}</h1>
      {intro && <p className="mt-2 text-stone-700">{intro}</p>}
      <div className="mt-5">{children}</div>
    </div>
  )
}
