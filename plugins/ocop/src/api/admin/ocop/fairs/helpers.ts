import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fairFigures } from "../../../../fairs/figures"
import { boothQrUrl, productQrUrl } from "../../../../fairs/referral"
import { storefrontUrl } from "../../../../notifications/mails"
import { fairDays, fairPhase } from "../../../../modules/fair/schedule"
import { notFound } from "../../../utils/not-found"
import { byBoothNumber } from "../../../../modules/fair/booth-number"
import { FAIR_FIELDS } from "./query-config"

/** The organiser's days and where the fair stands today, beside the stored instants. */
export function withDays<T extends { starts_at: Date | string; ends_at: Date | string }>(fair: T, now: Date) {
  return { ...fair, ...fairDays(fair), phase: fairPhase(fair, now) }
}

/**
 * A fair as the admin shows it: its fields, zones in order, booths with producer and products, its sales point,
 * and its figures (booths, exhibitors, leads by status, memoranda, contracts).
 */
export async function loadFair(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fair",
    fields: [
      ...FAIR_FIELDS,
      "zones.id", "zones.code", "zones.name", "zones.name_en", "zones.rank",
      "booths.id", "booths.number", "booths.zone_id", "booths.x", "booths.y", "booths.width", "booths.height", "booths.producer_id",
      "booths.producer.id", "booths.producer.handle", "booths.producer.name",
      "booths.products.id", "booths.products.title", "booths.products.handle", "booths.products.thumbnail",
      "sales_point.id", "sales_point.handle",
    ],
    filters: { id },
  })
  const fair = data[0] as Record<string, any> | undefined
  if (!fair) notFound("hội chợ", "fair", id)
  const figures = (await fairFigures(container, [id])).get(id)!
  // Where the public meets the fair and each booth: the organiser prints the booths' QR codes from those pages.
  const page = `${storefrontUrl()}/hoi-cho/${fair.handle}`
  return {
    ...withDays(fair as any, new Date()),
    public_url: page,
    zones: ((fair.zones ?? []) as any[]).filter(Boolean).sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)),
    booths: ((fair.booths ?? []) as any[])
      .filter(Boolean)
      .sort(byBoothNumber)
      .map(({ products, producer, ...booth }) => ({
        ...booth,
        producer: producer ?? null,
        products: (products ?? []).filter(Boolean).map((product: any) => ({
          ...product,
          qr_url: productQrUrl(storefrontUrl(), product.handle, fair.handle, booth.number),
        })),
        page_url: `${page}/gian-hang/${encodeURIComponent(booth.number)}`,
        qr_url: boothQrUrl(storefrontUrl(), fair.handle, booth.number),
      })),
    sales_point: fair.sales_point ?? null,
    figures,
  }
}
