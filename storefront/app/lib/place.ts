/**
 * Since July 2025 Vietnam has no districts, but buyers still know places by them, and certificates print them
 * ("…, huyện Krông Năng, tỉnh Đắk Lắk"). The storefront reads the old district back out of the address as
 * certified, to show beside the producer.
 */
export type District = { kind: "huyen" | "thi_xa" | "thanh_pho"; name: string }

const DISTRICT = /(?:^|,\s*)(huyện|thị xã|thành phố|TP\.?)\s+([^,]+)/iu

export function districtOf(addressAsCertified: string): District | null {
  const match = DISTRICT.exec(addressAsCertified)
  if (!match) return null
  const prefix = match[1].toLowerCase()
  const kind = prefix === "huyện" ? "huyen" : prefix === "thị xã" ? "thi_xa" : "thanh_pho"
  return { kind, name: match[2].trim() }
}
