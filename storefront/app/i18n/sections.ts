/**
 * Sections of strings that only some pages need (the account pages' words), kept out of the language chunk
 * every visitor downloads. The server renders with all of them merged in (i18next.server.ts); in the browser a
 * page's components add their section to the live resources before they translate (`useSection`), so
 * hydration and client navigation see the same words the server used.
 *
 * Most sections come with their page's code in both languages (`addSection`). The product page's sections (and
 * the review page's) are fetched in the page's language only (`useLazySection`): that page is the one closest to
 * its JavaScript budget (targets.md), and the other language was ~3 KB gzip of it. A route that shows them names
 * them in its `handle.i18nSections`, which entry.client.tsx fetches before hydrating; a component whose words are
 * not there yet (a client navigation) suspends until they are.
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
  addWords(key, byLocale[live.locale])
}

/** Merges one language's words of a section into the live resources, beside what its key already holds. */
function addWords(key: string, words: Tree) {
  if (!live) return
  live.resources[key] = { ...((live.resources[key] as object | undefined) ?? {}), ...words }
  live.added.add(key)
}

/**
 * The sections fetched one language at a time. The product page's two come in one chunk per language (gzip packs
 * them tighter together); the reviews' only for the review page (the product page renders its reviews as HTML).
 */
const LAZY_WORDS: Record<LazySection, Record<Locale, () => Promise<Tree>>> = {
  product: { vi: () => import("./locales/lazy/vi").then((m) => m.default.product), en: () => import("./locales/lazy/en").then((m) => m.default.product) },
  enquiry: { vi: () => import("./locales/lazy/vi").then((m) => m.default.enquiry), en: () => import("./locales/lazy/en").then((m) => m.default.enquiry) },
  reviews: { vi: () => import("./locales/reviews/vi").then((m) => m.default), en: () => import("./locales/reviews/en").then((m) => m.default) },
}

export const LAZY_SECTION_KEYS = ["product", "reviews", "enquiry"] as const
export type LazySection = (typeof LAZY_SECTION_KEYS)[number]

/** What a route module may declare for entry.client.tsx: the lazy sections its page shows. */
export type SectionsHandle = { i18nSections?: readonly LazySection[] }

export function isLazySection(key: unknown): key is LazySection {
  return (LAZY_SECTION_KEYS as readonly unknown[]).includes(key)
}

const fetched = new Map<string, Promise<Tree>>()
const ready = new Map<string, Tree>()

function fetchSection(locale: Locale, key: LazySection): Promise<Tree> {
  const id = `${locale}:${key}`
  let pending = fetched.get(id)
  if (!pending) {
    pending = LAZY_WORDS[key][locale]().then((words) => {
      ready.set(id, words)
      return words
    })
    // A failed fetch (offline) is tried again by the next render rather than remembered.
    pending.catch(() => fetched.delete(id))
    fetched.set(id, pending)
  }
  return pending
}

/** Fetches these sections in one language; entry.client.tsx awaits it before hydrating. */
export async function loadSections(locale: Locale, keys: readonly LazySection[]): Promise<void> {
  await Promise.all([...new Set(keys)].map((key) => fetchSection(locale, key)))
}

/**
 * Adds a lazily fetched section to the browser's resources, or suspends the rendering component until it is
 * fetched (a client navigation renders in a transition, which keeps the previous page meanwhile). Nothing to do
 * on the server, which has every section.
 */
export function useLazySection(key: LazySection) {
  if (!live || live.added.has(key)) return
  const words = ready.get(`${live.locale}:${key}`)
  if (!words) throw fetchSection(live.locale, key)
  addWords(key, words)
}
