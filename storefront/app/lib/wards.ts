/**
 * Communes and wards as people type them into the checkout's address field: by name, accents, case, apostrophes
 * and the kind ("Xã", "Phường") optional, or by code. The plugin reads `city` the same way for clients of the
 * Store API (plugins/ocop/src/modules/ocop/places); here the list is the province's, already loaded for the
 * field's suggestions.
 */
export type Named = { code: string; name: string }

const KIND = /^(phuong|xa|dac khu|thi tran|p\.|x\.)\s*/

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9.]+/g, " ")
    .trim()
}

const key = (name: string) => fold(name).replace(KIND, "").replace(/\./g, "").trim()

/** The ward typed, or null; when several read alike without accents, the one written exactly as typed. */
export function findWard<T extends Named>(wards: readonly T[], typed: string): T | null {
  const text = typed.trim()
  if (/^\d{5}$/.test(text)) return wards.find((ward) => ward.code === text) ?? null
  const exact = wards.find((ward) => ward.name.normalize("NFC").toLowerCase() === text.normalize("NFC").toLowerCase())
  if (exact) return exact
  const same = wards.filter((ward) => key(ward.name) === key(text))
  if (same.length === 1) return same[0]!
  const byKind = same.filter((ward) => fold(ward.name) === fold(text))
  return byKind.length === 1 ? byKind[0]! : null
}

/** Names that begin with or contain what was typed, for "did you mean": at most three. */
export function wardsLike<T extends Named>(wards: readonly T[], typed: string): T[] {
  const wanted = key(typed)
  if (!wanted) return []
  const starting = wards.filter((ward) => key(ward.name).startsWith(wanted))
  const containing = wards.filter((ward) => !starting.includes(ward) && key(ward.name).includes(wanted))
  return [...starting, ...containing].slice(0, 3)
}

/** By name as people look for it, the kind left aside: "Xã Cư M'gar" under C, not after every "Phường". */
export function byName<T extends { name: string }>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => key(a.name).localeCompare(key(b.name), "vi") || a.name.localeCompare(b.name, "vi"))
}
