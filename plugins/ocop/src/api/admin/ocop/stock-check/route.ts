import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findStockViolations } from "../../../../checkout/stock-invariants"
import type { AdminStockCheckType } from "./validators"

/** Whether stock and reservations agree (src/checkout/stock-invariants.ts): `ok`, and the violations found, paged. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminStockCheckType
  const violations = await findStockViolations(req.scope)
  res.json({ ok: violations.length === 0, count: violations.length, limit, offset, violations: violations.slice(offset, offset + limit) })
}
