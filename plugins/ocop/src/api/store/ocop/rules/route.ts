import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  CRITERIA_VERSION_CODES,
  CURRENT_CRITERIA_VERSION,
  MAX_SCORE,
  MIN_SHOWABLE_STARS,
  VALIDITY_MONTHS,
  criteriaVersion,
  type CriteriaVersion,
} from "../../../../modules/ocop/rules"
import { inLocale, requestLocale, sendCached } from "../helpers"

/**
 * The programme's rules a shopper reads beside the stars, as `rules.ts` holds them: which score earns which
 * stars under each criteria version and who certifies it, the fewest stars this marketplace shows, and how
 * long a certificate lives. The storefront words them from here instead of writing the numbers down again.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const locale = requestLocale(req)
  sendCached(res, {
    rules: {
      min_stars: MIN_SHOWABLE_STARS,
      validity_months: VALIDITY_MONTHS,
      current_criteria_version: CURRENT_CRITERIA_VERSION,
      criteria_versions: CRITERIA_VERSION_CODES.map((code) => {
        const version = criteriaVersion(code)
        return {
          code,
          decision: version.decision,
          title: inLocale(locale, version.title_vi, version.title_en),
          in_force_from: version.in_force_from,
          bands: bandsOf(version),
        }
      }),
    },
  })
}

/**
 * Highest band first, each from its lowest score to the highest whole score below the next band's lowest (the
 * top band up to the scale's maximum): certificates print whole points, so "50–69" is how a band is read.
 */
function bandsOf(version: CriteriaVersion) {
  const levels: Partial<Record<number, string>> = version.certifying_level
  return version.bands.map((band, index) => ({
    stars: band.stars,
    min: band.min,
    max: index === 0 ? MAX_SCORE : version.bands[index - 1]!.min - 1,
    certifying_level: levels[band.stars] ?? null,
  }))
}
