import { data, type LoaderFunctionArgs } from "@remix-run/node"
import { listWards } from "~/lib/places.server"
import { byName } from "~/lib/wards"

/**
 * The communes and wards of one province (after the July 2025 reform), for the checkout's address form once
 * JavaScript runs: the form swaps its ward list without a round trip of the whole page. By name, like the page's. The list changes only
 * by law, so browsers and caches may keep it an hour.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const code = params.province ?? ""
  const wards = /^\d{2}$/.test(code) ? await listWards(code) : null
  if (!wards) return data({ wards: [] }, { status: 404 })
  return data({ wards: byName(wards) }, { headers: { "Cache-Control": "public, max-age=3600" } })
}
