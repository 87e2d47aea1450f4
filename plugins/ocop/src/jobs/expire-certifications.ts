import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireCertificationsWorkflow } from "../workflows/expire-certifications"

/**
 * Every day at 00:05 Vietnam time (17:05 UTC): lapsed certificates leave the storefront, reminders go out 90, 30
 * and 7 days before expiry, certificates issued for today come in. The catalogue query compares dates itself, so
 * the storefront is right even between runs; this keeps carts, events and the sales channel in step.
 */
export default async function expireCertificationsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await expireCertificationsWorkflow(container).run({ input: {} })
  logger.info(
    `OCOP sweep: ${result.lapsed.length} lapsed, ${result.reminded.length} reminded, ${result.refreshed.length} products re-projected`
  )
}

export const config = {
  name: "ocop-expire-certifications",
  schedule: "5 17 * * *",
}
