import { MIN_SHOWABLE_STARS } from "./rules"

/**
 * Which catalogue rows a shopper may see at `now`, as `query.graph` filters: a row exists only for a product
 * whose current certificate is ≥ 3 ★, not revoked and published (projectProduct), and its certificate's window
 * must hold `now`, so a certificate that lapsed since the last sweep is hidden on time. `listCatalogue` applies
 * the same three conditions in SQL; the search index's seed and sync use this.
 */
export function showableAt(now: Date) {
  return {
    stars: { $gte: MIN_SHOWABLE_STARS },
    issued_at: { $lte: now },
    expires_at: { $gt: now },
  }
}
