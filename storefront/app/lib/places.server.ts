/**
 * Vietnam's provinces and their communes and wards after the July 2025 reform (no districts), from the plugin's
 * `/store/ocop/provinces`: the address forms of the checkout and of the account book, and the order pages that
 * name an order's province. The list changes only by law, so the Store API cache serves it.
 */
import { isNotFound, storeGet } from "./medusa.server"

export type Province = { code: string; name: string; delivery_zone: string | null; product_count: number }
export type Ward = { code: string; name: string }

export function listProvinces(): Promise<Province[]> {
  return storeGet<{ provinces: Province[] }>("/store/ocop/provinces").then((answer) => answer.provinces)
}

/** The wards of a province, or null when no province has that code. */
export async function listWards(provinceCode: string | null | undefined): Promise<Ward[] | null> {
  if (!provinceCode || !/^\d{2}$/.test(provinceCode)) return null
  try {
    const { province } = await storeGet<{ province: { wards: Ward[] } }>(`/store/ocop/provinces/${provinceCode}`)
    return province.wards
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
