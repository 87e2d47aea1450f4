import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Proves the OCOP plugin is loaded into the running Medusa application. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({ status: "ok" })
}
