import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { PROGRAMME_MODULE } from "../../../../modules/programme"
import type ProgrammeModuleService from "../../../../modules/programme/service"
import { shapeImport } from "../../../../programme/register/preview"
import { MAX_FILE_BYTES } from "../../../../programme/register/read-file"
import { notFound } from "../../../utils/not-found"

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 0, parts: 2 } }).single("file")

/**
 * The uploaded file in memory (a register file is a few MB at most), through multer as Medusa's own uploads; a
 * file too large, a second file or another field is a 400 in words, never a 500.
 */
export function uploadRegisterFile(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (error: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    const [vi, en] =
      code === "LIMIT_FILE_SIZE"
        ? [`Tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MB`, `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`]
        : code === "LIMIT_UNEXPECTED_FILE" || code === "LIMIT_FILE_COUNT" || code === "LIMIT_FIELD_COUNT" || code === "LIMIT_PART_COUNT"
          ? ["Gửi đúng một tệp, trong trường \"file\"", 'send exactly one file, in the field "file"']
          : ["Dữ liệu tải lên hỏng", "the upload is broken"]
    next(new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`))
  })
}

export async function loadImport(container: MedusaContainer, id: string) {
  const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
  const [record] = await programme.listRegisterImports({ id }, { take: 1 })
  if (!record) notFound("lần nhập sổ", "register import", id)
  return shapeImport(record as any)
}
