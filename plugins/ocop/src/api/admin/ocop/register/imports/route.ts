import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PROGRAMME_MODULE } from "../../../../../modules/programme"
import type ProgrammeModuleService from "../../../../../modules/programme/service"
import { previewRegisterImport } from "../../../../../programme/register/preview"
import { RegisterFileError } from "../../../../../programme/register/read-file"
import type { AdminListRegisterImportsType } from "../validators"

/** The imports so far, newest first: who sent which file when, and what came of it. */
export async function GET(req: AuthenticatedMedusaRequest<AdminListRegisterImportsType>, res: MedusaResponse) {
  const { skip, take } = req.queryConfig.pagination
  const programme: ProgrammeModuleService = req.scope.resolve(PROGRAMME_MODULE)
  const [records, count] = await programme.listAndCountRegisterImports(
    {},
    { select: ["id", "file_name", "file_format", "file_size", "status", "summary", "uploaded_by", "confirmed_by", "confirmed_at", "created_at"], order: { created_at: "DESC" }, skip, take }
  )
  res.json({ imports: records, count, limit: take, offset: skip })
}

/**
 * Uploads a certification decision (multipart field `file`, CSV or XLSX in the register's columns) and answers
 * its preview: every row as new, renewal, change, unchanged or error with its reasons. Nothing is written to the
 * register until the preview is confirmed.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const file = (req as any).file as { buffer: Buffer; originalname: string } | undefined
  if (!file) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Gửi tệp CSV hoặc XLSX trong trường "file" (multipart/form-data) / send a CSV or XLSX file in the field "file" (multipart/form-data)')
  }
  try {
    const preview = await previewRegisterImport(req.scope, { bytes: file.buffer, name: file.originalname || "register" }, req.auth_context?.actor_id ?? null)
    res.json({ import: preview })
  } catch (error) {
    if (error instanceof RegisterFileError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    throw error
  }
}
