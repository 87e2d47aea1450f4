import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyRegisterImportWorkflow } from "../../../../../../../workflows/programme/apply-register-import"
import { loadImport } from "../../../helpers"

/** Applies a previewed import's rows in one workflow, all or nothing (workflows/programme/apply-register-import.ts). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await applyRegisterImportWorkflow(req.scope).run({ input: { import_id: req.params.id, confirmed_by: req.auth_context?.actor_id ?? null } })
  res.json({ import: await loadImport(req.scope, req.params.id) })
}
