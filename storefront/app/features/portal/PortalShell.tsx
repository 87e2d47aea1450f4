import type { ReactNode } from "react"
import { SignedInShell } from "~/components/SignedInShell"
import type { Me } from "./portal.server"
import { usePortalTranslation } from "./strings"

/** The frame of the portal's pages for a signed-in member: whose portal it is, its sections as tabs, signing out. */
export function PortalShell({ me, title, notice, error, children }: { me: Me; title: string; notice?: string | null; error?: string | null; children: ReactNode }) {
  const { t } = usePortalTranslation()
  return (
    <SignedInShell
      greeting={t("portal.greeting", { name: me.member.name || me.member.email, producer: me.producer.name })}
      signOut={{ action: "/kenh-nguoi-ban/dang-xuat", label: t("portal.signOut") }}
      nav={{
        label: t("portal.nav"),
        tabs: [
          { to: "/kenh-nguoi-ban", label: t("portal.dashboard"), end: true },
          { to: "/kenh-nguoi-ban/don-hang", label: t("portal.ordersNav"), end: false },
          { to: "/kenh-nguoi-ban/san-pham", label: t("portal.products"), end: false },
          { to: "/kenh-nguoi-ban/khach-hoi-mua", label: t("portal.leadsNav"), end: false },
          { to: "/kenh-nguoi-ban/danh-gia", label: t("portal.reviewsNav"), end: false },
          { to: "/kenh-nguoi-ban/doi-ngu", label: t("portal.team"), end: true },
          { to: "/kenh-nguoi-ban/ho-so", label: t("portal.profileNav"), end: true },
          { to: "/kenh-nguoi-ban/tem", label: t("portal.stamps"), end: false },
          { to: "/kenh-nguoi-ban/sao-ke", label: t("portal.statementNav"), end: false },
        ],
      }}
      title={title}
      notice={error ? { tone: "error", text: error } : notice ? { tone: "success", text: notice } : null}
    >
      {children}
    </SignedInShell>
  )
}
