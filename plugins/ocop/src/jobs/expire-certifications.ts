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

/**
 * Daily, on the worker only (Medusa loads jobs where workerMode is "worker" or "shared"); with Redis the schedule
 * is one repeatable BullMQ job, so several workers still run it once. OCOP_SWEEP_CRON changes the schedule
 * (six fields for seconds): the cluster test runs it every few seconds to watch where and how often it runs.
 */
export const config = {
  name: "ocop-expire-certifications",
  schedule: process.env.OCOP_SWEEP_CRON || "5 17 * * *",
}
