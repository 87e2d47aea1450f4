/**
 * Sections of strings that only some pages need (the account pages' words), kept out of the language chunk
 * every visitor downloads. The server renders with all of them merged in (i18next.server.ts); in the browser a
 * page's components add their section to the live resources before they translate (`useSection`), so
 * hydration and client navigation see the same words the server used.
 */
import type { Locale } from "./config"

type Tree = { [key: string]: string | Tree }

/** `base` with each section merged into its key (`account.headerLink` stays beside the section's `account.*`). */
export function withSections<T extends object>(base: T, sections: Record<string, Tree>): T {
  const merged = { ...base } as Record<string, unknown>
  for (const [key, section] of Object.entries(sections)) {
    merged[key] = { ...((merged[key] as object | undefined) ?? {}), ...section }
  }
  return merged as T
}

let live: { locale: Locale; resources: Record<string, unknown>; added: Set<string> } | undefined

/** Called once in the browser with the resources the translator reads (hydration-i18n.ts). */
export function setLiveResources(locale: Locale, resources: object) {
  live = { locale, resources: resources as Record<string, unknown>, added: new Set() }
}

/** Adds a section in the page's language to the browser's resources; nothing to do on the server. Idempotent. */
export function addSection(key: string, byLocale: Record<Locale, Tree>) {
  if (!live || live.added.has(key)) return
  live.resources[key] = { ...((live.resources[key] as object | undefined) ?? {}), ...byLocale[live.locale] }
  live.added.add(key)
}
