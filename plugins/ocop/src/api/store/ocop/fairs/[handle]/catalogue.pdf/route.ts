import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogueBytes } from "../../../../../../fairs/catalogue"
import { productQrUrl } from "../../../../../../fairs/referral"
import { fairDays } from "../../../../../../modules/fair/schedule"
import { storefrontUrl } from "../../../../../../notifications/mails"
import { inLocale, notFound, requestLocale } from "../../../helpers"
import { boothsOf, fairService } from "../../helpers"

/** Built catalogues, a few minutes each: a fair's visitors download the same file all day. */
const CACHE_MS = 5 * 60 * 1000
const built = new Map<string, { at: number; bytes: Buffer }>()

/**
 * A published fair's catalogue as a PDF (src/fairs/catalogue.ts): cover, index by zone, a card per product shown
 * with its QR code. Public and cached like the fair's page; `?locale=en` for English names.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = req.params.handle
  const locale = requestLocale(req)
  const key = `${handle}:${locale}`
  const cached = built.get(key)
  let bytes = cached && Date.now() - cached.at < CACHE_MS ? cached.bytes : null
  if (!bytes) {
    const fairs = fairService(req)
    const [fair] = await fairs.listFairs({ handle, published: true }, { take: 1 })
    if (!fair) throw notFound(`Không có hội chợ "${handle}"`, `no fair "${handle}"`)
    const [zones, booths] = await Promise.all([
      fairs.listFairZones({ fair_id: fair.id }, { order: { rank: "ASC", code: "ASC" } }),
      boothsOf(req, fair.id, new Date(), locale),
    ])
    const origin = `${storefrontUrl()}${locale === "en" ? "/en" : ""}`
    bytes = await catalogueBytes({
      locale,
      fair: {
        name: inLocale(locale, fair.name, fair.name_en),
        ...fairDays(fair),
        venue_name: fair.venue_name,
        address: fair.address,
        organiser: fair.organiser,
        organiser_phone: fair.organiser_phone,
        opening_hours: inLocale(locale, fair.opening_hours_vi, fair.opening_hours_en),
        url: `${origin}/hoi-cho/${fair.handle}`,
      },
      zones: zones.map((zone) => ({ code: zone.code, name: inLocale(locale, zone.name, zone.name_en) })),
      booths: booths.map((booth) => ({
        number: booth.number,
        zone: booth.zone,
        producer: booth.producer?.name ?? "",
        products: booth.products.map((product) => ({
          title: product.title,
          stars: product.ocop.stars,
          price: product.price.amount,
          url: productQrUrl(origin, product.handle, fair.handle, booth.number),
        })),
      })),
    })
    if (built.size > 100) built.clear()
    built.set(key, { at: Date.now(), bytes })
  }
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="catalogue-${handle}${locale === "en" ? "-en" : ""}.pdf"`)
  res.setHeader("Cache-Control", "public, max-age=300, stale-while-revalidate=600")
  res.send(bytes)
}
