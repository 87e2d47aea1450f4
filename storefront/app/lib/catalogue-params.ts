/**
 * The query parameters that narrow the catalogue (features/catalogue/catalogue-query.ts reads them). Here below
 * the features because the header's search box carries them too: a search started from a filtered list keeps
 * its filters.
 */
export const FILTER_PARAMS = ["stars", "group", "kind", "province", "district", "sold_at", "price_min", "price_max"] as const

/** The filters of a catalogue or search URL, as `[name, value]` pairs for hidden fields. */
export function filtersOf(search: URLSearchParams): [string, string][] {
  return [...search].filter(([name, value]) => (FILTER_PARAMS as readonly string[]).includes(name) && value.trim() !== "")
}
