/**
 * What the programme dashboard needs from the fairs module (modules/fair: fairs, booths, trade leads), behind an
 * interface so the dashboard does not know that module's insides and answers "no data yet" while it is absent.
 *
 * Plan 76/KH-UBND's two trade-promotion targets read from it:
 * - over 70 % of the programme's producers take part in trade promotion: the producers with a booth at a fair
 *   held in the window;
 * - 50–70 % of the products promoted sign a memorandum of understanding or a sales contract: the products shown
 *   at those booths, and those of them whose trade leads ended in a memorandum or contract.
 *
 * Both read the fairs' own count (fairs/figures.ts `tradePromotionIn`), the one the organisers see; where the
 * fair module is not registered the answer is null and both targets show "chưa có dữ liệu hội chợ / no fair data yet".
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { tradePromotionIn } from "../fairs/figures"
import { FAIR_MODULE } from "../modules/fair"

export type Window = { from: Date; to: Date }

export interface FairFigures {
  /** Ids of the producers (modules/ocop) with a booth at a fair held within the window. */
  producersAtFairs(window: Window): Promise<string[]>
  /** Ids of the products shown at those booths, and of those with a memorandum or sales contract signed in the window. */
  promotedProducts(window: Window): Promise<{ promoted: string[]; with_agreement: string[] }>
}

/** The fairs module's figures, or null where the marketplace runs without it. */
export function fairFiguresOf(container: MedusaContainer): FairFigures | null {
  if (!container.hasRegistration(FAIR_MODULE)) return null
  return {
    producersAtFairs: async (window) => (await tradePromotionIn(container, window)).exhibitors,
    promotedProducts: async (window) => {
      const { shown, agreed } = await tradePromotionIn(container, window)
      return { promoted: shown, with_agreement: agreed }
    },
  }
}
