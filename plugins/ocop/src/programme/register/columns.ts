/**
 * The register's columns (ocop-domain.md, "Register columns"), in their order, and how each value is written in
 * a file people edit: dates as dd/mm/yyyy, codes as the API uses them, phones as people write them. Export and
 * import share these functions, so an exported file reads back as "unchanged".
 */
import { foldVietnamese } from "../../modules/ocop/utils/fold"
import {
  certificationState,
  isProducerEntityType,
  normalizeVietnamPhone,
  PRODUCER_ENTITY_TYPES,
  vietnamDay,
  type CertificationState,
} from "../../modules/ocop/rules"

export const REGISTER_COLUMNS = [
  "ma_chung_nhan",
  "so_quyet_dinh",
  "co_quan_quyet_dinh",
  "ngay_quyet_dinh",
  "ngay_het_han",
  "ten_san_pham",
  "san_pham_handle",
  "nhom",
  "phan_nhom",
  "bo_tieu_chi",
  "diem",
  "sao",
  "cap",
  "chu_the",
  "loai_chu_the",
  "nguoi_dai_dien",
  "dien_thoai",
  "email",
  "ma_tinh",
  "ma_xa",
  "dia_chi",
  "trang_thai",
] as const

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number]
export type RegisterRow = Record<RegisterColumn, string>

/** What a column says to a person, for the preview's reasons. */
export const COLUMN_LABELS: Record<RegisterColumn, string> = {
  ma_chung_nhan: "số giấy chứng nhận",
  so_quyet_dinh: "số quyết định",
  co_quan_quyet_dinh: "cơ quan quyết định",
  ngay_quyet_dinh: "ngày quyết định",
  ngay_het_han: "ngày hết hạn",
  ten_san_pham: "tên sản phẩm",
  san_pham_handle: "mã sản phẩm",
  nhom: "nhóm",
  phan_nhom: "phân nhóm",
  bo_tieu_chi: "bộ tiêu chí",
  diem: "điểm",
  sao: "sao",
  cap: "cấp",
  chu_the: "chủ thể",
  loai_chu_the: "loại chủ thể",
  nguoi_dai_dien: "người đại diện",
  dien_thoai: "điện thoại",
  email: "e-mail",
  ma_tinh: "mã tỉnh",
  ma_xa: "mã xã",
  dia_chi: "địa chỉ",
  trang_thai: "trạng thái",
}

/** An ISO day as officers write it: 2024-06-14 → 14/06/2024. */
export function fileDate(isoDay: string): string {
  const [y, m, d] = isoDay.slice(0, 10).split("-")
  return `${d}/${m}/${y}`
}

/**
 * A day as people type it (14/06/2024, 4/6/2024, 2024-06-14), as an ISO day; null when it is not a day the
 * calendar has.
 */
export function parseFileDate(text: string): string | null {
  const value = text.trim()
  let parts: [number, number, number] | null = null
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (dmy) parts = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
  else if (ymd) parts = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
  if (!parts) return null
  const [y, m, d] = parts
  const probe = new Date(Date.UTC(y, m - 1, d))
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d || y < 1990 || y > 2100) return null
  return probe.toISOString().slice(0, 10)
}

/** A stored instant as the day it falls on in Vietnam, written for a file. */
export const dayOf = (value: string | Date) => fileDate(vietnamDay(value))

/** The instant a file's day is stored as: midnight UTC of that day, as the seed and the admin store a typed day. */
export const instantOfDay = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`)

/** Scores keep their decimals only when they have some: 78, 78.5. */
export const fileScore = (score: number) => String(Number(score))

/** +84905214386 → 0905 214 386, as it is written on forms. */
export function filePhone(phone: string | null | undefined): string {
  const normalized = phone ? normalizeVietnamPhone(phone) : null
  const match = normalized && /^\+84(\d{3})(\d{3})(\d{3})$/.exec(normalized)
  return match ? `0${match[1]} ${match[2]} ${match[3]}` : phone ?? ""
}

const LEVEL_WORDS: Record<string, "province" | "national"> = {
  province: "province",
  tinh: "province",
  "cap tinh": "province",
  national: "national",
  "trung uong": "national",
  "cap trung uong": "national",
  "quoc gia": "national",
  "cap quoc gia": "national",
}
export const parseLevel = (text: string) => LEVEL_WORDS[foldVietnamese(text)] ?? null

const STATE_WORDS: Record<string, CertificationState> = {
  valid: "valid",
  "con hieu luc": "valid",
  "hieu luc": "valid",
  expired: "expired",
  "het han": "expired",
  "het hieu luc": "expired",
  revoked: "revoked",
  "thu hoi": "revoked",
  "da thu hoi": "revoked",
  not_yet_valid: "not_yet_valid",
  "chua co hieu luc": "not_yet_valid",
}
export const parseState = (text: string) => STATE_WORDS[foldVietnamese(text)] ?? null

const KIND_WORDS: Record<string, string> = {
  htx: "cooperative",
  dn: "enterprise",
  "cong ty": "enterprise",
  tht: "cooperative_group",
  "ho kinh doanh": "household",
  ...Object.fromEntries(Object.entries(PRODUCER_ENTITY_TYPES).map(([code, names]) => [foldVietnamese(names.name_vi), code])),
}
export function parseKind(text: string): string | null {
  const value = text.trim()
  if (isProducerEntityType(value)) return value
  return KIND_WORDS[foldVietnamese(value)] ?? null
}

/** The state a file writes for a certification today. */
export const fileState = (cert: { stars: number; issued_at: string | Date; expires_at: string | Date; revoked_at: string | Date | null }, now: Date) =>
  certificationState(cert, now)

