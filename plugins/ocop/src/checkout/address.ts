/**
 * What a delivery address must hold to be delivered to in Vietnam since July 2025, checked where carts are
 * written (hooks/sell-only-certified.ts) so every client meets the same rule: the province by its official
 * two-digit code in Medusa's `province` field, the commune or ward by its official code in
 * `metadata.ward_code` (its name goes in `city`, so Medusa's own pages show it), the street in `address_1`,
 * and a phone number that reaches the shopper (rules.ts: a Vietnamese mobile, or any valid number with its
 * country code) in `phone`, kept in E.164.
 *
 * A client written for Medusa's Store API sends places as people type them: the province's name ("Đắk Lắk",
 * "Dak Lak") and the commune or ward's name in `city`. `normalizeAddress` turns those into the codes above
 * before Medusa's validators run (api/store/carts and api/store/customers), so what is stored is always the
 * codes, and the delivery zones, which Medusa matches by province code, find the address. docs/store-api.md.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { findProvince, findWard, matchProvince, matchWard, type PlaceMatch } from "../modules/ocop/places"
import { isValidShopperPhone, normalizeShopperPhone } from "../modules/ocop/rules"

export type AddressLike = {
  phone?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  country_code?: string | null
  metadata?: Record<string, unknown> | null
}

function invalid(vi: string, en: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`)
}

const wardCodeOf = (address: AddressLike) => {
  const code = address.metadata?.ward_code
  return typeof code === "string" && code.trim() ? code.trim() : undefined
}

const names = (units: { name: string }[]) => units.map((unit) => unit.name).join(", ")

/** The unit a typed place names, or a 400 that offers the names it could have meant. */
function placeOrRefuse<T extends { name: string }>(
  match: PlaceMatch<T>,
  typed: string,
  words: { vi: string; en: string; field: string }
): T {
  if ("found" in match) return match.found
  if ("ambiguous" in match) {
    throw invalid(
      `"${typed}" có thể là ${names(match.ambiguous)}: hãy ghi rõ (có dấu, hoặc kèm "Xã"/"Phường")`,
      `${words.field} "${typed}" is ambiguous: it may be ${names(match.ambiguous)} (write it with its accents or its kind, or send its code)`
    )
  }
  const closest = match.closest.length ? names(match.closest) : null
  throw invalid(
    `Không có ${words.vi} "${typed}"${closest ? `; gần nhất: ${closest}` : ""}`,
    `${words.field} "${typed}" is not ${words.en}${closest ? `; the closest names are ${closest}` : ""}`
  )
}

/**
 * The address with its places as codes and its phone in E.164: a province by name becomes its code, a ward
 * named in `city` (when no `metadata.ward_code` is given) becomes its code with its official name in `city`.
 * Fields that are not given stay absent; a phone that is not valid is left for `refuseInvalidAddress` to refuse.
 */
export function normalizeAddress<T extends AddressLike>(address: T, which = "shipping_address"): T {
  const normalized: T = { ...address }
  if (typeof address.phone === "string" && address.phone.trim()) {
    normalized.phone = normalizeShopperPhone(address.phone) ?? address.phone
  }
  const typedProvince = typeof address.province === "string" ? address.province.trim() : ""
  if (!typedProvince) return normalized
  const province = placeOrRefuse(matchProvince(typedProvince), typedProvince, {
    vi: "tỉnh, thành phố",
    en: "one of the 34 provinces since July 2025 (by name or two-digit code, e.g. Đắk Lắk or 66)",
    field: `${which}.province`,
  })
  normalized.province = province.code
  const city = typeof address.city === "string" ? address.city.trim() : ""
  if (!wardCodeOf(address) && city) {
    const ward = placeOrRefuse(matchWard(province.code, city), city, {
      vi: `xã, phường trong ${province.name}`,
      en: `a commune or ward of ${province.name} (since July 2025)`,
      field: `${which}.city`,
    })
    normalized.city = ward.name
    normalized.metadata = { ...(address.metadata ?? {}), ward_code: ward.code }
  }
  return normalized
}

/**
 * An address being written: each field given must be right, and a province needs its ward. Fields left out
 * are checked when the order is placed (refuseUndeliverableCart), so a checkout may save the phone first and
 * the address later.
 */
export function refuseInvalidAddress(address: AddressLike | string | null | undefined, which = "shipping_address") {
  if (!address || typeof address !== "object") return
  if (address.phone != null && address.phone.trim() !== "" && !isValidShopperPhone(address.phone)) {
    throw invalid(
      `Số điện thoại "${address.phone}" không dùng được: nhập số di động Việt Nam (0905 123 456) hoặc số nước ngoài kèm mã nước (+49 151 2345 6789)`,
      `${which}.phone "${address.phone}" is not a number that reaches the shopper: a Vietnamese mobile (0905 123 456) or a number with its country code (+49 151 2345 6789)`
    )
  }
  if (address.country_code && address.country_code.toLowerCase() !== "vn") {
    throw invalid("Chỉ giao hàng trong Việt Nam", `${which}.country_code must be vn: the shop delivers within Vietnam only`)
  }
  const province = address.province?.trim()
  const wardCode = wardCodeOf(address)
  if (province && !findProvince(province)) {
    throw invalid(
      `Không có tỉnh, thành phố mã "${province}" (dùng mã hai chữ số sau 1/7/2025, ví dụ 66 Đắk Lắk, hoặc tên tỉnh)`,
      `${which}.province "${province}" is not one of the 34 provinces since July 2025 (a two-digit code such as 66 for Đắk Lắk, or its name)`
    )
  }
  if (wardCode && !province) {
    throw invalid("Hãy chọn tỉnh, thành phố trước khi chọn xã, phường", `${which}.province is required with a ward`)
  }
  if (province && !wardCode) {
    throw invalid(
      "Hãy chọn xã, phường",
      `${which}.city (the commune or ward's name) or ${which}.metadata.ward_code is required with a province`
    )
  }
  if (province && wardCode && !findWard(province, wardCode)) {
    throw invalid(
      `Không có xã, phường mã "${wardCode}" trong tỉnh, thành phố mã ${province}`,
      `${which}.metadata.ward_code "${wardCode}" is not a commune or ward of province ${province}`
    )
  }
}

/**
 * An order may be placed only with a way to reach the shopper and, for a delivery, a place to deliver to. A
 * pickup at a sales point needs no address: the shopper comes to the kiosk (decision 021).
 */
export function refuseUndeliverableCart(
  cart: { email?: string | null; shipping_address?: AddressLike | null },
  { pickup = false }: { pickup?: boolean } = {}
) {
  if (!cart.email) throw invalid("Hãy nhập e-mail", "the cart has no email")
  const address = cart.shipping_address
  if (!address?.phone) throw invalid("Hãy nhập số điện thoại", "the cart's shipping_address has no phone")
  if (!pickup) {
    if (!address.province || !wardCodeOf(address)) {
      throw invalid("Hãy chọn tỉnh, thành phố và xã, phường", "the cart's shipping_address has no province and ward")
    }
    if (!address.address_1?.trim()) throw invalid("Hãy nhập số nhà, tên đường", "the cart's shipping_address has no street (address_1)")
  }
  refuseInvalidAddress(address)
}
