/**
 * Words the admin shows for OCOP codes. The code lists and names come from rules.ts, so a new kind or group
 * appears here without an edit.
 */
import {
  CRITERIA_VERSIONS,
  groupsFor,
  isCriteriaVersion,
  PRODUCER_ENTITY_TYPES,
  SALES_POINT_TYPES,
  type CertificationState,
  vietnamDaysBetween,
} from "../../modules/ocop/rules"
import { foldVietnamese } from "../../modules/ocop/utils/fold"

export const entityTypeLabel = (code: string) => PRODUCER_ENTITY_TYPES[code as keyof typeof PRODUCER_ENTITY_TYPES]?.name_vi ?? code
export const salesPointTypeLabel = (code: string) => SALES_POINT_TYPES[code as keyof typeof SALES_POINT_TYPES]?.name_vi ?? code

export const STATE_LABEL: Record<CertificationState, { text: string; color: "green" | "red" | "orange" | "grey" }> = {
  valid: { text: "Còn hiệu lực", color: "green" },
  expired: { text: "Hết hạn", color: "orange" },
  revoked: { text: "Đã thu hồi", color: "red" },
  not_yet_valid: { text: "Chưa có hiệu lực", color: "grey" },
}

export const LEVEL_LABEL = { province: "Cấp tỉnh", national: "Cấp trung ương" } as const

export function groupLabel(version: string, group: string, subGroup?: string | null) {
  if (!isCriteriaVersion(version)) return [group, subGroup].filter(Boolean).join(" › ")
  const found = groupsFor(version).find((g) => g.code === group)
  const sub = found?.sub_groups.find((s) => s.code === subGroup)
  return [found?.name_vi ?? group, sub ? shortName(sub.name_vi) : subGroup].filter(Boolean).join(" › ")
}

/** Sub-group names of 2023 carry examples in brackets; the admin's narrow columns show the name only. */
function shortName(name: string) {
  return name.replace(/\s*\(.*\)$/, "")
}

export const criteriaVersionOptions = Object.values(CRITERIA_VERSIONS).map((v) => ({ value: v.code, label: `${v.decision} (${v.code.split("/")[1]})` }))

const dateFormat = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" })
export const formatDate = (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : "—")

/** "còn 41 ngày" / "quá 12 ngày" relative to today in Vietnam, for an expiry date. */
export function daysLeft(iso: string, now = new Date()) {
  const days = vietnamDaysBetween(now, iso)
  return days >= 0 ? `còn ${days} ngày` : `quá ${-days} ngày`
}

/** The handle a name suggests: folded like the store's search, dashes between words ("HTX Cà phê" → "htx-ca-phe"). */
export function handleFrom(name: string) {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")
}

/** A phone kept as +84… shown the way people write it: "+84905214386" → "0905 214 386". */
export function formatPhone(phone: string) {
  const match = /^\+84(\d{3})(\d{3})(\d{3})$/.exec(phone)
  return match ? `0${match[1]} ${match[2]} ${match[3]}` : phone
}
