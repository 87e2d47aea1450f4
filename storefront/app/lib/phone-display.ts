/**
 * A shopper's phone as people read it: a Vietnamese number as format.ts writes it (`0905 123 456`), a number
 * from abroad in E.164 with its country code set apart (`+49 15123456789`). Without libphonenumber's metadata,
 * which stays on the server (phone.server.ts); only the pages that show shoppers' numbers load this.
 */
import { formatPhone } from "./format"

/**
 * ITU country calling codes are prefix-free: one digit for 1 (North America) and 7 (Russia, Kazakhstan), two
 * digits for these, three for the rest.
 */
const TWO_DIGIT_CODES = new Set(
  "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split(" ")
)

function callingCode(digits: string): string {
  if (digits[0] === "1" || digits[0] === "7") return digits[0]
  return TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? digits.slice(0, 2) : digits.slice(0, 3)
}

export function formatShopperPhone(phone: string): string {
  const vietnamese = formatPhone(phone)
  if (vietnamese !== phone) return vietnamese
  const abroad = /^\+(\d{6,15})$/.exec(phone)
  if (!abroad) return phone
  const code = callingCode(abroad[1]!)
  return `+${code} ${abroad[1]!.slice(code.length)}`
}
