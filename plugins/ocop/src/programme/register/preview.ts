/**
 * The preview of an upload (`POST /admin/ocop/register/imports`): read the file, load what its rows name in a
 * few queries (certificates by number, products by handle, every producer), judge each row (judge.ts), and keep
 * the import with its rows, so the officer confirms what was shown.
 */
import crypto from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { PROGRAMME_MODULE } from "../../modules/programme"
import type ProgrammeModuleService from "../../modules/programme/service"
import type { RegisterRow } from "./columns"
import { CERTIFICATION_FIELDS, PRODUCER_FIELDS } from "./export"
import { judgeRows, namesIn, summarise, type JudgedRow, type RegisterContext } from "./judge"
import { readRegisterFile } from "./read-file"

export async function loadRegisterContext(container: MedusaContainer, rows: RegisterRow[], now: Date): Promise<RegisterContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const { numbers, handles } = namesIn(rows)
  const [{ data: certs }, { data: products }, producers] = await Promise.all([
    numbers.length
      ? query.graph({
          entity: "certification",
          fields: [...CERTIFICATION_FIELDS, "product.id", "product.handle", "product.title", ...PRODUCER_FIELDS.map((f) => `product.producer.${f}`)],
          filters: { certificate_no: numbers },
        })
      : Promise.resolve({ data: [] as any[] }),
    handles.length
      ? query.graph({
          entity: "product",
          fields: ["id", "handle", "title", "producer.id", ...CERTIFICATION_FIELDS.map((f) => `certifications.${f}`)],
          filters: { handle: handles },
        })
      : Promise.resolve({ data: [] as any[] }),
    ocop.listProducers({}, { select: PRODUCER_FIELDS, take: null }),
  ])
  return {
    now,
    byNumber: new Map(
      (certs as any[]).map((c) => [c.certificate_no, { cert: c, product: c.product ?? null, producer: c.product?.producer ?? null }])
    ),
    byHandle: new Map(
      (products as any[]).map((p) => [
        p.handle,
        { id: p.id, handle: p.handle, title: p.title, producer_id: p.producer?.id ?? null, certifications: (p.certifications ?? []).filter(Boolean) },
      ])
    ),
    producers: producers as any[],
  }
}

export type ImportPreview = {
  id: string
  file_name: string
  file_format: "csv" | "xlsx"
  status: string
  rows: number
  valid: number
  summary: ReturnType<typeof summarise>
  errors: { row: number; message: string }[]
  changes: JudgedRow[]
  created_at: string
}

export async function previewRegisterImport(
  container: MedusaContainer,
  file: { bytes: Buffer; name: string },
  uploadedBy: string | null,
  now = new Date()
) {
  const read = await readRegisterFile(file.bytes, file.name)
  const context = await loadRegisterContext(container, read.rows, now)
  const judged = judgeRows(read.rows, context)
  const summary = summarise(judged)
  const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
  const created = await programme.createRegisterImports({
    file_name: file.name.slice(0, 255),
    file_format: read.format,
    file_size: file.bytes.length,
    file_sha256: crypto.createHash("sha256").update(file.bytes).digest("hex"),
    uploaded_by: uploadedBy,
    status: "previewed",
    summary,
    rows: judged as any,
  })
  return shapeImport(created as any)
}

/** An import as the API answers it: counts, every bad row's reasons, and every row as judged. */
export function shapeImport(record: { id: string; file_name: string; file_format: "csv" | "xlsx"; status: string; summary: any; rows: any; created_at: Date | string; confirmed_at?: Date | string | null; uploaded_by?: string | null; confirmed_by?: string | null; result?: any }) {
  const rows = (record.rows ?? []) as JudgedRow[]
  return {
    id: record.id,
    file_name: record.file_name,
    file_format: record.file_format,
    status: record.status,
    uploaded_by: record.uploaded_by ?? null,
    confirmed_by: record.confirmed_by ?? null,
    confirmed_at: record.confirmed_at ? new Date(record.confirmed_at).toISOString() : null,
    created_at: new Date(record.created_at).toISOString(),
    rows: rows.length,
    valid: rows.filter((r) => r.kind !== "error").length,
    summary: record.summary,
    errors: rows.filter((r) => r.kind === "error").map((r) => ({ row: r.row, message: r.errors.join("; ") })),
    changes: rows,
    result: record.result ?? null,
  }
}
