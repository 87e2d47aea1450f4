import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairFigures } from "../../../../fairs/figures"
import { FAIR_MODULE } from "../../../../modules/fair"
import { phaseFilter, type FairPhase } from "../../../../modules/fair/schedule"
import type FairModuleService from "../../../../modules/fair/service"
import { createFairWorkflow } from "../../../../workflows/fairs/create-fair"
import { nameSearch } from "../../../utils/name-search"
import { loadFair, withDays } from "./helpers"
import type { AdminCreateFairType, AdminListFairsType } from "./validators"

/** Fairs, drafts included, by phase or not, each with its booths, exhibitors and leads counted. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListFairsType>, res: MedusaResponse) {
  const { q, when, published, limit, offset, order } = req.validatedQuery
  const now = new Date()
  const fairs: FairModuleService = req.scope.resolve(FAIR_MODULE)
  const field = order.replace(/^-/, "")
  const [rows, count] = await fairs.listAndCountFairs(
    {
      ...nameSearch(q),
      ...(when ? phaseFilter(when as FairPhase, now).filters : {}),
      ...(published !== undefined ? { published } : {}),
    },
    { order: { [field]: order.startsWith("-") ? "DESC" : "ASC", id: "ASC" }, take: limit, skip: offset }
  )
  const figures = await fairFigures(req.scope, rows.map((fair) => fair.id))
  res.json({
    fairs: rows.map((fair) => {
      const f = figures.get(fair.id)!
      return {
        ...withDays(fair, now),
        booth_count: f.booths,
        exhibitor_count: f.exhibitors,
        lead_count: f.leads.total,
        scan_count: f.scans.total,
        order_count: f.orders.count,
      }
    }),
    count,
    limit,
    offset,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateFairType>, res: MedusaResponse) {
  const { result } = await createFairWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ fair: await loadFair(req.scope, result.id) })
}
