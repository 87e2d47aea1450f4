/**
 * A shopper's phone number as the checkout and the account keep it: a Vietnamese mobile (`0905 123 456`,
 * `+84 905.123.456`), or, for a visitor from abroad, any number valid in its own country written with its
 * country code (`+49 151 2345 6789`, `0049…`), by Google's libphonenumber metadata. The plugin's rules.ts
 * (`normalizeShopperPhone`) checks the same where carts and addresses are written. Server-only: the metadata
 * (~145 KB) never reaches a browser; `formatShopperPhone` (phone-display.ts) shows a kept number without it.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max"

/** +84 or 0, then a mobile prefix 3/5/7/8/9 and eight digits; people write spaces, dots or dashes between. */
const VN_MOBILE = /^(?:\+84|0)([35789]\d{8})$/

/** The number in E.164 (`+84905123456`, `+4915123456789`), or null when it does not reach a person. */
export function normalizePhone(input: string): string | null {
  const vietnamese = VN_MOBILE.exec(input.trim().replace(/[\s.-]/g, ""))
  if (vietnamese) return `+84${vietnamese[1]}`
  const typed = input.trim().replace(/^00(?=[1-9])/, "+")
  // A Vietnamese landline stays refused: the shop calls and texts a mobile.
  if (!typed.startsWith("+") || typed.replace(/[\s.()-]/g, "").startsWith("+84")) return null
  const parsed = parsePhoneNumberFromString(typed)
  return parsed && parsed.isValid() ? parsed.number : null
}
