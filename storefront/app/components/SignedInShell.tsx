import { Form, NavLink } from "@remix-run/react"
import type { ReactNode } from "react"
import { useLocalizePath } from "~/i18n/use-locale"
import { Notice } from "./form"

export type ShellTab = { to: string; label: string; end: boolean }

/**
 * The frame of the pages behind a login (the shopper's account, a producer's portal): who is signed in, the
 * sections as tabs (a row that scrolls on a phone), signing out (a POST form: it ends the session, so no link a
 * crawler could follow), then the page's title and its one-time message.
 */
export function SignedInShell({
  greeting,
  signOut,
  nav,
  title,
  notice,
  children,
}: {
  greeting: string
  signOut: { action: string; label: string }
  nav: { label: string; tabs: ShellTab[] }
  title: string
  notice?: { tone: "error" | "success"; text: string } | null
  children: ReactNode
}) {
  const localize = useLocalizePath()
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="min-w-0 break-words text-sm text-stone-700">{greeting}</p>
        <Form method="post" action={localize(signOut.action)}>
          <button
            type="submit"
            className="h-10 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-50"
          >
            {signOut.label}
          </button>
        </Form>
      </div>
      <nav aria-label={nav.label} className="mt-3 border-b border-stone-200">
        <ul className="-mb-px flex gap-1 overflow-x-auto text-sm font-semibold">
          {nav.tabs.map((tab) => (
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
          <Notice tone={notice.tone}>{notice.text}</Notice>
        </div>
      )}
      <div className="mt-4">{children}</div>
    </div>
  )
}
