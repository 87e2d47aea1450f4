/**
 * A fair is a `fair_booth` sales point while it runs (src/links/fair-sales-point.ts): the products its booths show
 * carry its handle in the catalogue always, and the store routes ask here, at the request's instant, which of
 * those points are open. So a booth appears in a product's "where to buy" on the fair's first day and leaves after
 * its last, to the minute, with no job to flip a flag; and a test moves the clock instead of waiting.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fairDays, isFairRunning } from "../modules/fair/schedule"
import type OcopModuleService from "../modules/ocop/service"

export type FairAtPoint = {
  handle: string
  name: string
  name_en: string | null
  first_day: string
  last_day: string
  /** The booth that shows the product asked about, when one was. */
  booth: { number: string; zone: string | null } | null
}

type PointLike = { id: string; type: string }

/**
 * The points open at `now`, in their order, and for each fair's point the fair (and the booth that shows
 * `productId`). A fair_booth point of an unpublished fair, or outside its days, is left out; one that no fair
 * made (entered by hand) stays, as it always did.
 */
export async function openSalesPoints<T extends PointLike>(
  container: MedusaContainer,
  points: readonly T[],
  now: Date,
  productId?: string
): Promise<{ points: T[]; fairs: Map<string, FairAtPoint> }> {
  const fairPoints = points.filter((point) => point.type === "fair_booth")
  const fairs = new Map<string, FairAtPoint>()
  if (!fairPoints.length) return { points: [...points], fairs }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_point",
    fields: [
      "id", "fair.handle", "fair.name", "fair.name_en", "fair.starts_at", "fair.ends_at", "fair.published",
      ...(productId ? ["fair.booths.number", "fair.booths.zone.name", "fair.booths.products.id"] : []),
    ],
    filters: { id: fairPoints.map((point) => point.id) },
  })
  const closed = new Set<string>()
  for (const row of data as any[]) {
    const fair = row.fair
    if (!fair) continue
    if (!fair.published || !isFairRunning(fair, now)) {
      closed.add(row.id)
      continue
    }
    const booth = productId
      ? ((fair.booths ?? []) as any[]).find((b) => (b?.products ?? []).some((p: any) => p?.id === productId))
      : undefined
    fairs.set(row.id, {
      handle: fair.handle,
      name: fair.name,
      name_en: fair.name_en ?? null,
      ...fairDays(fair),
      booth: booth ? { number: booth.number, zone: booth.zone?.name ?? null } : null,
    })
  }
  return { points: points.filter((point) => !closed.has(point.id)), fairs }
}

/**
 * The ids of the fair points among those `filters` select that are closed at `now` (their fair unpublished or
 * outside its days). Fair points are few (one per fair), so a paged list or a count leaves them out in its own
 * query (`id: { $nin }`) and its `count` agrees with its pages.
 */
export async function closedFairPointIds(
  container: MedusaContainer,
  ocop: Pick<OcopModuleService, "listSalesPoints">,
  filters: Record<string, unknown>,
  now: Date
): Promise<string[]> {
  if (filters.type && filters.type !== "fair_booth") return []
  const fairPoints = await ocop.listSalesPoints({ ...filters, type: "fair_booth" } as any, { select: ["id", "type"] })
  if (!fairPoints.length) return []
  const open = new Set((await openSalesPoints(container, fairPoints, now)).points.map((point) => point.id))
  return fairPoints.filter((point) => !open.has(point.id)).map((point) => point.id)
}
