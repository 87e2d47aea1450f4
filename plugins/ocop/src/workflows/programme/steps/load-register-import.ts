import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROGRAMME_MODULE } from "../../../modules/programme"
import type ProgrammeModuleService from "../../../modules/programme/service"
import type { JudgedRow } from "../../../programme/register/judge"

/** The previewed import to confirm, with the rows that write (new, renewal, change). Reads only. */
export const loadRegisterImportStep = createStep("ocop-load-register-import", async (input: { import_id: string }, { container }) => {
  const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
  const [record] = await programme.listRegisterImports({ id: input.import_id }, { take: 1 })
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có lần nhập sổ ${input.import_id} / register import ${input.import_id} does not exist`)
  }
  if (record.status === "confirmed") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Lần nhập sổ này đã được xác nhận / this import was confirmed already")
  }
  const rows = ((record.rows ?? []) as unknown as JudgedRow[]).filter((row) => row.plan && row.kind !== "error" && row.kind !== "unchanged")
  if (!rows.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Không có dòng nào để ghi vào sổ (mọi dòng đều lỗi hoặc không đổi) / nothing to write: every row is an error or unchanged")
  }
  return new StepResponse({ id: record.id, rows })
})
