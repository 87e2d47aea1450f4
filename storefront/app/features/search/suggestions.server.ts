/**
 * What the header's search box suggests while the shopper types (SearchBox.tsx fetches it from its route,
 * `/tim-kiem/goi-y`): products, then the groups holding matches, with the groups' names in the page's language.
 */
import type { Locale } from "~/i18n/config"
import { listGroups, suggest } from "~/lib/store-api.server"

export type SuggestionsData = {
  q: string
  products: { handle: string; title: string; producer: string | null }[]
  groups: { code: string; name: string; count: number }[]
}

/** Fewer than two letters match too much to help: nothing is asked of the backend. */
export async function loadSuggestions(locale: Locale, typed: string | null): Promise<SuggestionsData> {
  const q = typed?.trim().slice(0, 100) ?? ""
  if (q.length < 2) return { q, products: [], groups: [] }
  const [suggestions, groups] = await Promise.all([suggest(locale, q, 6), listGroups(locale)])
  const names = new Map(groups.map((group) => [group.code, group.name]))
  return {
    q,
    products: suggestions.products.map(({ handle, title, producer }) => ({ handle, title, producer })),
    // The three groups with most matches: on a phone the list must leave room for the products.
    groups: suggestions.groups
      .filter((group) => names.has(group.code))
      .slice(0, 3)
      .map((group) => ({ code: group.code, name: names.get(group.code)!, count: group.count })),
  }
}
