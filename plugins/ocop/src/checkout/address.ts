/**
 * What a delivery address must hold to be delivered to in Vietnam since July 2025, checked where carts are
 * written (hooks/sell-only-certified.ts) so every client meets the same rule: the province by its official
 * two-digit code in Medusa's `province` field, the commune or ward by its official code in
 * `metadata.ward_code` (its name goes in `city`, so Medusa's own pages show it), the street in `address_1`,
 * and a Vietnamese mobile number (rules.ts) in `phone`.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { findProvince, findWard } from "../modules/ocop/places"
import { isValidVietnamPhone } from "../modules/ocop/rules"

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

/**
 * An address being written: each field given must be right, and a province needs its ward. Fields left out
 * are checked when the order is placed (refuseUndeliverableCart), so a checkout may save the phone first and
 * the address later.
 */
export function refuseInvalidAddress(address: AddressLike | string | null | undefined, which = "shipping_address") {
  if (!address || typeof address !== "object") return
  if (address.phone != null && address.phone.trim() !== "" && !isValidVietnamPhone(address.phone)) {
    throw invalid(
      `Số điện thoại "${address.phone}" không phải số di động Việt Nam (0 hoặc +84, rồi 9 chữ số, ví dụ 0905 123 456)`,
      `${which}.phone "${address.phone}" is not a Vietnamese mobile number (0 or +84, then 9 digits, e.g. 0905 123 456)`
    )
  }
  if (address.country_code && address.country_code.toLowerCase() !== "vn") {
    throw invalid("Chỉ giao hàng trong Việt Nam", `${which}.country_code must be vn: the shop delivers within Vietnam only`)
  }
  const province = address.province?.trim()
  const wardCode = wardCodeOf(address)
  if (province && !findProvince(province)) {
    throw invalid(
      `Không có tỉnh, thành phố mã "${province}" (dùng mã hai chữ số sau 1/7/2025, ví dụ 66 Đắk Lắk)`,
      `${which}.province "${province}" is not one of the 34 province codes since July 2025 (e.g. 66 for Đắk Lắk)`
    )
  }
  if (wardCode && !province) {
    throw invalid("Hãy chọn tỉnh, thành phố trước khi chọn xã, phường", `${which}.province is required with a ward`)
  }
  if (province && !wardCode) {
    throw invalid("Hãy chọn xã, phường", `${which}.metadata.ward_code is required with a province`)
  }
  if (province && wardCode && !findWard(province, wardCode)) {
    throw invalid(
      `Không có xã, phường mã "${wardCode}" trong tỉnh, thành phố mã ${province}`,
      `${which}.metadata.ward_code "${wardCode}" is not a commune or ward of province ${province}`
    )
  }
}

/** An order may be placed only with a way to reach the shopper and a place to deliver to (or to bill, for pickup). */
export function refuseUndeliverableCart(cart: { email?: string | null; shipping_address?: AddressLike | null }) {
  if (!cart.email) throw invalid("Hãy nhập e-mail", "the cart has no email")
  const address = cart.shipping_address
  if (!address?.phone) throw invalid("Hãy nhập số điện thoại", "the cart's shipping_address has no phone")
  if (!address.province || !wardCodeOf(address)) {
    throw invalid("Hãy chọn tỉnh, thành phố và xã, phường", "the cart's shipping_address has no province and ward")
  }
  if (!address.address_1?.trim()) throw invalid("Hãy nhập số nhà, tên đường", "the cart's shipping_address has no street (address_1)")
  refuseInvalidAddress(address)
}
