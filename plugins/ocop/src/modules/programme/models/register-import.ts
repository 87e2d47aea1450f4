import { model } from "@medusajs/framework/utils"

export const REGISTER_IMPORT_STATUSES = ["previewed", "confirmed", "failed"] as const

/**
 * One upload of a certification decision to the register (CSV or XLSX): who sent which file when, every row as
 * read and judged in the preview (new, renewal, change, unchanged, error), and, once confirmed, what was written.
 * Confirming applies exactly the rows kept here, not a second reading of the file, so what the officer saw is
 * what the register gets. Kept after confirming as the record of the decision's entry.
 */
export const RegisterImport = model
  .define({ name: "RegisterImport", tableName: "ocop_register_import" }, {
    id: model.id({ prefix: "ocimp" }).primaryKey(),
    file_name: model.text(),
    file_format: model.enum(["csv", "xlsx"]),
    file_size: model.number(),
    // The file's SHA-256: the same file uploaded twice is recognisable in the list.
    file_sha256: model.text().index(),
    uploaded_by: model.text().nullable(),
    status: model.enum([...REGISTER_IMPORT_STATUSES]).default("previewed"),
    // Counts per kind of row: { rows, new, renewal, change, unchanged, error }.
    summary: model.json(),
    // Every row as read (its cells) and judged (kind, reasons, the certification it would write).
    rows: model.json(),
    confirmed_at: model.dateTime().nullable(),
    confirmed_by: model.text().nullable(),
    // What confirming wrote: created certification and producer ids, or why it failed.
    result: model.json().nullable(),
  })
