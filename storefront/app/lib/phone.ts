/** +84 or 0, then a mobile prefix 3/5/7/8/9 and eight digits (the plugin's rules.ts checks the same). */
const VN_MOBILE = /^(?:\+84|0)([35789]\d{8})$/

/**
 * `0905 123 456`, `+84 905.123.456` → `+84905123456` (people write spaces, dots or dashes between); null when it
 * is not a Vietnamese mobile number. `formatPhone` (format.ts) writes it back the way people read it.
 */
export function normalizeVietnamPhone(input: string): string | null {
  const match = VN_MOBILE.exec(input.trim().replace(/[\s.-]/g, ""))
  return match ? `+84${match[1]}` : null
}
