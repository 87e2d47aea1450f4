/**
 * Promo codes through Medusa's Promotion module (its campaign and promotion workflows), new codes only: a Tết
 * code for the shop's New Year, and one whose campaign has ended, so the storefront's "expired" answer has a
 * code to show it with (test/e2e/promo-code.test.ts).
 *
 * The dates are fixed, not relative to the day of seeding: a shopper's code means the same days for everyone.
 * Tết Nguyên đán 2027 falls on 6 February 2027. TET2027 runs from 1 December 2026 (so it is valid on the day
 * this was written, 7 December 2026) to the end of 20 February 2027, the 15th of the first lunar month, when
 * the New Year's season ends. TRUNGTHU2026 ran for Mid-Autumn 2026 (25 September) and ended on 26 September
 * 2026. After 20 February 2027 the e2e's TET2027 needs a new campaign here.
 */
import { createCampaignsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { Container } from "./util"

type SeedPromotion = {
  code: string
  campaign: { identifier: string; name: string; description: string; starts_at: string; ends_at: string; uses: number }
  percent: number
}

export const SEED_PROMOTIONS: readonly SeedPromotion[] = [
  {
    code: "TET2027",
    campaign: {
      identifier: "tet-dinh-mui-2027",
      name: "Tết Đinh Mùi 2027",
      description: "Giảm 10 % tiền hàng cho đơn mua quà Tết / 10 % off the items of a Tết order",
      starts_at: "2026-12-01T00:00:00+07:00",
      ends_at: "2027-02-21T00:00:00+07:00",
      uses: 10_000,
    },
    percent: 10,
  },
  {
    code: "TRUNGTHU2026",
    campaign: {
      identifier: "trung-thu-2026",
      name: "Trung thu 2026",
      description: "Giảm 15 % dịp Trung thu / 15 % off for Mid-Autumn",
      starts_at: "2026-09-01T00:00:00+07:00",
      ends_at: "2026-09-27T00:00:00+07:00",
      uses: 5_000,
    },
    percent: 15,
  },
]

export async function ensurePromotions(container: Container, promotions: readonly SeedPromotion[] = SEED_PROMOTIONS) {
  const module = container.resolve(Modules.PROMOTION)
  const known = new Set((await module.listPromotions({ code: promotions.map((p) => p.code) }, { select: ["code"] })).map((p) => p.code))
  const missing = promotions.filter((p) => !known.has(p.code))
  if (!missing.length) return 0
  const campaigns = await module.listCampaigns({ campaign_identifier: missing.map((p) => p.campaign.identifier) }, { select: ["id", "campaign_identifier"] })
  const campaignOf = new Map(campaigns.map((c) => [c.campaign_identifier, c.id]))
  const newCampaigns = missing.filter((p) => !campaignOf.has(p.campaign.identifier))
  if (newCampaigns.length) {
    const { result } = await createCampaignsWorkflow(container).run({
      input: {
        campaignsData: newCampaigns.map(({ campaign }) => ({
          name: campaign.name,
          campaign_identifier: campaign.identifier,
          description: campaign.description,
          starts_at: new Date(campaign.starts_at),
          ends_at: new Date(campaign.ends_at),
          // A usage budget: the campaign stops taking the code after so many orders.
          budget: { type: "usage" as const, limit: campaign.uses },
        })),
      },
    })
    for (const campaign of result) campaignOf.set(campaign.campaign_identifier, campaign.id)
  }
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: missing.map((p) => ({
        code: p.code,
        type: "standard" as const,
        status: "active" as const,
        is_automatic: false,
        campaign_id: campaignOf.get(p.campaign.identifier)!,
        // A share off every item of the cart (VAT-inclusive prices, as the region's), not off the delivery.
        application_method: { type: "percentage" as const, target_type: "items" as const, allocation: "across" as const, value: p.percent },
      })),
    },
  })
  return missing.length
}
