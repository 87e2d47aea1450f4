/**
 * What the footer says about the stars, from the plugin's rules (GET /store/ocop/rules): the bands a shopper
 * meets here (the fewest stars shown and up) under the current criteria, and how long a certificate lives.
 */
import type { Locale } from "~/i18n/config"
import type { StarBand } from "~/lib/store-api"
import { getRules } from "~/lib/store-api.server"

export type StarFacts = { minStars: number; validityMonths: number; bands: StarBand[] }

/** null when the backend cannot say: the footer then leaves the stars out rather than fail the page. */
export async function loadStarFacts(locale: Locale): Promise<StarFacts | null> {
  try {
    const rules = await getRules(locale)
    const current = rules.criteria_versions.find((version) => version.code === rules.current_criteria_version)
    if (!current) return null
    return {
      minStars: rules.min_stars,
      validityMonths: rules.validity_months,
      // Lowest first, as the footer lists them.
      bands: current.bands.filter((band) => band.stars >= rules.min_stars).reverse(),
    }
  } catch {
    return null
  }
}
