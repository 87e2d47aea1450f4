import { data, type LoaderFunctionArgs } from "@remix-run/node"
import { loadSuggestions } from "~/features/search/suggestions.server"
import { localeOf } from "~/i18n/i18next.server"

/** The header's search suggestions as JSON (features/search): no page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const suggestions = await loadSuggestions(localeOf(request), new URL(request.url).searchParams.get("q"))
  // What the backend answered may be kept as long as the Store API lets its answers be kept.
  const asked = suggestions.q.length >= 2
  return data(suggestions, asked ? { headers: { "Cache-Control": "public, max-age=30, stale-while-revalidate=60" } } : undefined)
}
