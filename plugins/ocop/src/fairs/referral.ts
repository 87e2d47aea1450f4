/**
 * A fair's referral: where its QR codes lead and how a visit that came from one is recognised (docs/decisions/033,
 * "QR codes and attribution"). A booth's code opens the booth's page with `?nguon=qr`; a product's code opens
 * the product's page with `?hoi-cho=<fair handle>&gian=<booth number>`. The storefront counts such a view as a
 * scan (POST /store/ocop/fairs/:handle/scans), keeps the referral in a cookie for the fair's days and writes it
 * on the cart (POST /store/ocop/carts/:id/fair), whence every order of the purchase carries it in its metadata
 * (`fair_handle`, `fair_booth`).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../modules/fair"
import { isFairRunning } from "../modules/fair/schedule"
import type FairModuleService from "../modules/fair/service"

/** The order and cart metadata keys that carry a purchase's fair and booth. */
export const FAIR_HANDLE_KEY = "fair_handle"
export const FAIR_BOOTH_KEY = "fair_booth"

export function boothQrUrl(origin: string, fairHandle: string, boothNumber: string): string {
  return `${origin}/hoi-cho/${fairHandle}/gian-hang/${encodeURIComponent(boothNumber)}?nguon=qr`
}

export function productQrUrl(origin: string, productHandle: string, fairHandle: string, boothNumber: string): string {
  const query = new URLSearchParams({ "hoi-cho": fairHandle, gian: boothNumber })
  return `${origin}/san-pham/${productHandle}?${query.toString()}`
}

export type ReferredBooth = {
  fair: { id: string; handle: string; starts_at: Date; ends_at: Date }
  booth: { id: string; number: string; product_ids: string[] }
}

/**
 * The published fair of `handle` and its booth `number`, with the products the booth shows; a 404 that says
 * which is unknown. `running`: refuse (400) a fair that is not on at `now`.
 */
export async function referredBooth(
  container: MedusaContainer,
  { handle, number, now, running }: { handle: string; number: string; now: Date; running: boolean }
): Promise<ReferredBooth> {
  const fairs: FairModuleService = container.resolve(FAIR_MODULE)
  const [fair] = await fairs.listFairs({ handle, published: true }, { select: ["id", "handle", "starts_at", "ends_at"], take: 1 })
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có hội chợ "${handle}" / no fair "${handle}"`)
  if (running && !isFairRunning(fair, now)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Hội chợ "${handle}" không diễn ra lúc này / the fair "${handle}" is not running now`
    )
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "booth", fields: ["id", "number", "products.id"], filters: { fair_id: fair.id, number } })
  const booth = data[0] as any
  if (!booth) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Hội chợ "${handle}" không có gian ${number} / the fair "${handle}" has no booth ${number}`)
  return {
    fair: { id: fair.id, handle: fair.handle, starts_at: new Date(fair.starts_at), ends_at: new Date(fair.ends_at) },
    booth: { id: booth.id, number: booth.number, product_ids: ((booth.products ?? []) as any[]).filter(Boolean).map((p) => p.id as string) },
  }
}
