import type { Locale } from "~/i18n/config"
import { localizePath } from "~/i18n/config"
import { qrSvg } from "~/lib/qr.server"
import { getFair, getProduct, listFairs } from "~/lib/store-api.server"
import type { EnquiryContext } from "~/lib/enquiry"
import { FAIR_PHASES, type FairDetail, type FairPhase, type FairSummary } from "~/lib/store-api"

/** The fairs page: what runs now, what is coming, what was held, each in the order a visitor reads it. */
export async function loadFairsList(locale: Locale): Promise<Record<FairPhase, FairSummary[]>> {
  const lists = await Promise.all(FAIR_PHASES.map((phase) => listFairs(locale, phase)))
  return Object.fromEntries(FAIR_PHASES.map((phase, i) => [phase, lists[i]!.fairs])) as Record<FairPhase, FairSummary[]>
}

/** The booth's address, as its QR code carries it: opened from the code, an enquiry counts as the booth's. */
export function boothUrl(origin: string, locale: Locale, fairHandle: string, number: string): string {
  return `${origin}${localizePath(`/hoi-cho/${fairHandle}/gian-hang/${encodeURIComponent(number)}`, locale)}?nguon=qr`
}

/** A booth's page: its fair, the booth, and its QR code as SVG; null when the fair has no such booth. */
export async function loadBoothPage(locale: Locale, origin: string, fairHandle: string, number: string) {
  const fair = await getFair(locale, fairHandle)
  const booth = fair.booths.find((b) => b.number === number)
  if (!booth) return null
  const url = boothUrl(origin, locale, fair.handle, booth.number)
  return { fair, booth, qr: { url, svg: await qrSvg(url) } }
}

export type EnquiryTarget = {
  producer: string | null
  fair: { handle: string; name: string } | null
  booth: string | null
  product: { handle: string; title: string } | null
  booths: FairDetail["booths"] | null
}

/**
 * Whom an enquiry of this context goes to, for the enquiry page and its confirmation: the booth's producer at
 * the fair, or the product's. Null when the context names nothing that exists (the page then says so).
 */
export async function enquiryTarget(locale: Locale, context: EnquiryContext): Promise<EnquiryTarget | null> {
  const [fair, product] = await Promise.all([
    context.fair ? getFair(locale, context.fair).catch(() => null) : null,
    context.product ? getProduct(locale, context.product).catch(() => null) : null,
  ])
  if (!fair && !product) return null
  const booth = fair && context.booth ? fair.booths.find((b) => b.number === context.booth) ?? null : null
  return {
    producer: booth?.producer?.name ?? product?.producer?.name ?? null,
    fair: fair ? { handle: fair.handle, name: fair.name } : null,
    booth: booth?.number ?? null,
    product: product ? { handle: product.handle, title: product.title } : null,
    booths: fair && !booth ? fair.booths : null,
  }
}
