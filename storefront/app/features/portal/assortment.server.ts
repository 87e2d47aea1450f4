/**
 * The portal's side of a producer's place at the programme's sales points (`/producer/sales-points`,
 * `/producer/products/:id/sales-points`, docs/decisions/044), always with the member's own token.
 */
import { backendCall } from "~/lib/medusa.server"

export type PortalSalesPoint = {
  id: string
  handle: string
  name: string
  type: string
  market_name: string
  address: string
  /** The producer's own products sold there. */
  products: { id: string; title: string | null; handle: string | null }[]
  /** The producer's requests for this place, waiting for the programme. */
  pending: { id: string; action: "add" | "remove"; product: { id: string; title: string | null }; created_at: string }[]
}

/** Pages of the list the backend answers at most; the province's plan has 22 places, so one page holds them. */
const PAGE = 100
const MAX_PAGES = 5

/** Every sales point a producer may ask to be sold at, by name, with its own products and requests there. */
export async function listSalesPoints(token: string): Promise<PortalSalesPoint[]> {
  const points: PortalSalesPoint[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await backendCall("GET", `/producer/sales-points?limit=${PAGE}&offset=${page * PAGE}`, { token })
    if (answer.status !== 200) break
    points.push(...(answer.body.sales_points as PortalSalesPoint[]))
    if (points.length >= Number(answer.body.count)) break
  }
  return points
}

/** Why the backend refused a request, as the page's own error keys. */
export type SalesPointRefusal = "pending" | "alreadyThere" | "notThere" | "notCertified" | "closed" | "unknown"

const REFUSALS: [RegExp, SalesPointRefusal][] = [
  [/already waiting for review/, "pending"],
  [/already sold at/, "alreadyThere"],
  [/is not sold at/, "notThere"],
  [/valid OCOP certificate/, "notCertified"],
  [/takes no new products/, "closed"],
]

/** Asks the programme to put the product at a sales point or take it off: null once filed, else why not. */
export async function requestSalesPoint(
  token: string,
  productId: string,
  request: { sales_point_id: string; action: "add" | "remove" }
): Promise<SalesPointRefusal | null> {
  const answer = await backendCall("POST", `/producer/products/${encodeURIComponent(productId)}/sales-points`, { token, body: request })
  if (answer.status === 202) return null
  const message = String(answer.body.message ?? "")
  return REFUSALS.find(([pattern]) => pattern.test(message))?.[1] ?? "unknown"
}
