/**
 * Reads an uploaded register file into rows of text cells, with csv-parse (CSV, UTF-8, comma or semicolon) or
 * exceljs (XLSX, first sheet), and refuses what is not a register file in words a person can act on: empty,
 * neither CSV nor XLSX, other columns, too many rows, a formula (a register holds values; a formula is either a
 * mistake or an attack on whoever opens the file next), a zip that unpacks to far more than it weighs.
 */
import { parse } from "csv-parse/sync"
import ExcelJS from "exceljs"
import JSZip from "jszip"
import { REGISTER_COLUMNS, type RegisterColumn } from "./columns"

export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_ROWS = 5000
/** An XLSX of 5 MB unpacks to a few tens of MB at most; far more is a zip bomb. */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024

export class RegisterFileError extends Error {
  constructor(readonly vi: string, readonly en: string) {
    super(`${vi} / ${en}`)
  }
}

export type ReadFile = { format: "csv" | "xlsx"; rows: Record<RegisterColumn, string>[] }

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

export async function readRegisterFile(bytes: Buffer, fileName: string): Promise<ReadFile> {
  if (!bytes.length) throw new RegisterFileError("Tệp rỗng", "the file is empty")
  if (bytes.length > MAX_FILE_BYTES) {
    throw new RegisterFileError(`Tệp lớn hơn ${MAX_FILE_BYTES / 1024 / 1024} MB`, `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`)
  }
  const isZip = ZIP_MAGIC.every((byte, i) => bytes[i] === byte)
  if (isZip) return { format: "xlsx", rows: toRecords(await readXlsx(bytes)) }
  if (/\.xlsx$/i.test(fileName)) throw new RegisterFileError("Tệp .xlsx này không đọc được", "this .xlsx file cannot be read")
  return { format: "csv", rows: toRecords(readCsv(bytes)) }
}

function readCsv(bytes: Buffer): string[][] {
  let text: string
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    throw new RegisterFileError(
      "Tệp không phải CSV (UTF-8) hay XLSX: hãy lưu bảng tính dưới dạng CSV UTF-8 hoặc Excel (.xlsx)",
      "the file is neither a CSV (UTF-8) nor an XLSX file: save the sheet as CSV UTF-8 or Excel (.xlsx)"
    )
  }
  if (text.includes("\u0000")) throw new RegisterFileError("Tệp chứa ký tự NUL, không phải CSV", "the file holds NUL characters: not a CSV")
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? ""
  // Excel in a Vietnamese locale saves CSV with semicolons.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ","
  try {
    return parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: false, to: MAX_ROWS + 2 }) as string[][]
  } catch (error) {
    throw new RegisterFileError(`CSV hỏng: ${(error as Error).message}`, `broken CSV: ${(error as Error).message}`)
  }
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  let unpacked = 0
  try {
    const zip = await JSZip.loadAsync(bytes)
    // JSZip reads each entry's declared size from the central directory without inflating it.
    zip.forEach((_, entry) => {
      unpacked += Number((entry as any)._data?.uncompressedSize ?? 0)
    })
  } catch {
    throw new RegisterFileError("Tệp .xlsx hỏng", "the .xlsx file is broken")
  }
  if (unpacked > MAX_UNPACKED_BYTES) throw new RegisterFileError("Tệp .xlsx giải nén ra quá lớn", "the .xlsx file unpacks to far too much")
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as any)
  } catch {
    throw new RegisterFileError("Tệp .xlsx hỏng hoặc không phải bảng tính Excel", "the .xlsx file is broken or not an Excel workbook")
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new RegisterFileError("Tệp .xlsx không có trang tính nào", "the .xlsx file has no worksheet")
  if (sheet.rowCount > MAX_ROWS + 1) throw tooManyRows()
  const rows: string[][] = []
  let formula: string | null = null
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const value = cell.value as any
      if (cell.type === ExcelJS.ValueType.Formula || (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value))) {
        formula ??= `${cell.address}`
      }
      cells[col - 1] = cellText(cell.value)
    })
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? "")
  })
  if (formula) {
    throw new RegisterFileError(
      `Ô ${formula} chứa công thức: sổ chỉ nhận giá trị (sao chép rồi dán dạng giá trị)`,
      `cell ${formula} holds a formula: the register takes values only (copy and paste as values)`
    )
  }
  return rows.filter(Boolean)
}

/** A cell's value as the text a person sees: dates as dd/mm/yyyy (Excel keeps them as UTC midnights), rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return ""
  if (value instanceof Date) {
    const d = value
    return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("")
    if ("text" in value) return String((value as any).text)
    if ("result" in value) return String((value as any).result ?? "")
    if ("error" in value) return String((value as any).error)
    return ""
  }
  return String(value)
}

const tooManyRows = () =>
  new RegisterFileError(`Tệp có hơn ${MAX_ROWS} dòng: hãy chia thành nhiều tệp`, `the file has more than ${MAX_ROWS} rows: split it into several files`)

/** Rows by column code, after checking the header names exactly the register's columns (any order). */
function toRecords(table: string[][]): Record<RegisterColumn, string>[] {
  const [header, ...body] = table
  if (!header || !header.some((cell) => cell.trim())) throw new RegisterFileError("Tệp không có dòng tiêu đề", "the file has no header row")
  const names = header.map((cell) => cell.replace(/^\uFEFF/, "").trim().toLowerCase())
  const missing = REGISTER_COLUMNS.filter((column) => !names.includes(column))
  const unknown = names.filter((name) => name && !(REGISTER_COLUMNS as readonly string[]).includes(name))
  const twice = names.filter((name, i) => name && names.indexOf(name) !== i)
  if (missing.length || unknown.length || twice.length) {
    const parts = [
      missing.length ? [`thiếu cột ${missing.join(", ")}`, `missing columns ${missing.join(", ")}`] : null,
      unknown.length ? [`cột lạ ${unknown.slice(0, 5).join(", ")}`, `unknown columns ${unknown.slice(0, 5).join(", ")}`] : null,
      twice.length ? [`cột lặp ${twice.join(", ")}`, `repeated columns ${twice.join(", ")}`] : null,
    ].filter((p): p is string[] => !!p)
    throw new RegisterFileError(
      `Sai cột: ${parts.map((p) => p[0]).join("; ")} (cần đúng ${REGISTER_COLUMNS.length} cột: ${REGISTER_COLUMNS.join(", ")})`,
      `wrong columns: ${parts.map((p) => p[1]).join("; ")} (the register has exactly these ${REGISTER_COLUMNS.length}: ${REGISTER_COLUMNS.join(", ")})`
    )
  }
  // An apostrophe in front of formula-like text is how export.ts (and Excel) keep it text: the value is what follows.
  const unquote = (cell: unknown) => {
    const text = String(cell ?? "")
    return text.startsWith("'") && isFormulaText(text.slice(1)) ? text.slice(1) : text
  }
  const rows = body.filter((cells) => cells.some((cell) => String(cell ?? "").trim()))
  if (!rows.length) throw new RegisterFileError("Tệp chỉ có dòng tiêu đề, không có dòng nào", "the file has a header but no rows")
  if (rows.length > MAX_ROWS) throw tooManyRows()
  const formula = rows.flatMap((cells, r) => cells.map((cell, c) => ({ cell: String(cell ?? ""), r, c }))).find(({ cell }) => isFormulaText(cell))
  if (formula) {
    throw new RegisterFileError(
      `Dòng ${formula.r + 2}, cột ${names[formula.c] ?? formula.c + 1} bắt đầu bằng công thức ("${formula.cell.slice(0, 20)}"): sổ chỉ nhận giá trị`,
      `row ${formula.r + 2}, column ${names[formula.c] ?? formula.c + 1} starts a formula ("${formula.cell.slice(0, 20)}"): the register takes values only`
    )
  }
  return rows.map((cells) => Object.fromEntries(REGISTER_COLUMNS.map((column) => [column, unquote(cells[names.indexOf(column)]).trim()])) as Record<RegisterColumn, string>)
}

/**
 * Text a spreadsheet would run as a formula: `=…`, `@…`, and `+`/`-` followed by anything but a number or a
 * phone (`+84 905 214 386`, `-5`, `-` alone are values; `-2+3+cmd|…` is the classic injection). Exported cells
 * never start so (export.ts).
 */
export function isFormulaText(cell: string): boolean {
  const text = cell.trim()
  if (/^[=@]/.test(text)) return true
  if (/^[+-]/.test(text)) return !/^[+-][\d\s().-]*$/.test(text)
  return false
}
