import type { ReactNode } from "react"
import { SignedInShell } from "~/components/SignedInShell"
import { useAccountTranslation } from "./strings"

/** The frame of the logged-in pages: who is logged in, the five sections as tabs, the log-out button. */
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
  return (
    <SignedInShell
      greeting={t("account.greeting", { name })}
      signOut={{ action: "/tai-khoan/dang-xuat", label: t("account.logout") }}
      nav={{
        label: t("account.nav"),
        tabs: [
          { to: "/tai-khoan", label: t("account.profile"), end: true },
          { to: "/tai-khoan/dia-chi", label: t("account.addresses"), end: false },
          { to: "/tai-khoan/don-hang", label: t("account.orders"), end: false },
          { to: "/tai-khoan/yeu-thich", label: t("account.favourites"), end: true },
          { to: "/tai-khoan/mat-khau", label: t("account.password"), end: true },
        ],
      }}
      title={title}
      notice={notice ? { tone: "success", text: notice } : null}
    >
      {children}
    </SignedInShell>
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
