import { data, type LoaderFunctionArgs } from "@remix-run/node"
import { localeOf } from "~/i18n/i18next.server"
import { listGroups, suggest } from "~/lib/store-api.server"

export type SuggestionsData = {
  q: string
  products: { handle: string; title: string; producer: string | null }[]
  groups: { code: string; name: string; count: number }[]
}

/**
 * What the header's search box suggests while the shopper types (features/search/SearchBox.tsx fetches it):
 * products, then the groups holding matches, with the groups' names in the page's language. No page: JSON.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const q = new URL(request.url).searchParams.get("q")?.trim().slice(0, 100) ?? ""
  if (q.length < 2) return data<SuggestionsData>({ q, products: [], groups: [] })
  const [suggestions, groups] = await Promise.all([suggest(locale, q, 6), listGroups(locale)])
  const names = new Map(groups.map((group) => [group.code, group.name]))
  return data<SuggestionsData>(
    {
      q,
      products: suggestions.products.map(({ handle, title, producer }) => ({ handle, title, producer })),
      // The three groups with most matches: on a phone the list must leave room for the products.
      groups: suggestions.groups
        .filter((group) => names.has(group.code))
        .slice(0, 3)
        .map((group) => ({ code: group.code, name: names.get(group.code)!, count: group.count })),
    },
    { headers: { "Cache-Control": "public, max-age=30, stale-while-revalidate=60" } }
  )
}
