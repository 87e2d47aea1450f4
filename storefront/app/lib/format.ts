/**
 * Formatting the way people in Vietnam read it, identical on the server and in the browser (hydration
 * compares the two): VND with `.` thousands and U+00A0 before ₫, dates as dd/MM/yyyy in Vietnam's time zone.
 */

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })
const englishDigits = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 })

/**
 * `120000` → `120.000 ₫` on Vietnamese pages; `120,000 ₫ (VND)` on English ones, in the digits an English reader
 * expects and with the currency's code, since "₫" alone is not known to every visitor. VND has no minor unit.
 */
export function formatVnd(amount: number, locale: "vi" | "en" = "vi"): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Not a price in đồng: ${amount}`)
  return locale === "en" ? `${englishDigits.format(amount)}\u00a0₫ (VND)` : vnd.format(amount)
}

// A certificate issued "on 14/06/2024" in Đắk Lắk is an instant near midnight there: format in its zone, not UTC.
const dateParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
})

/** An ISO 8601 date or instant → `dd/MM/yyyy`, the same in both languages. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`)
  const part = (type: string) => dateParts.formatToParts(date).find((p) => p.type === type)?.value
  return `${part("day")}/${part("month")}/${part("year")}`
}

/** ISO date in Vietnam for machine-readable attributes (`<time dateTime>`, JSON-LD). */
export function isoDateInVietnam(iso: string): string {
  const [day, month, year] = formatDate(iso).split("/")
  return `${year}-${month}-${day}`
}

/** Distance in metres → `850 m` / `12,3 km` (vi) or `12.3 km` (en). */
export function formatDistance(metres: number, locale: "vi" | "en"): string {
  const numbers = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 })
  return metres < 1000 ? `${numbers.format(Math.round(metres / 10) * 10)} m` : `${numbers.format(metres / 1000)} km`
}

/**
 * A Vietnamese phone number as people write it (`0945 207 638`), whether the API gives it in E.164
 * (`+84945207638`) or as printed; anything else is shown untouched (a shopper's number from abroad:
 * phone-display.ts).
 */
export function formatPhone(phone: string): string {
  const national = nationalDigits(phone)
  return national ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}` : phone
}

/** `tel:` link in E.164, which every phone dials from anywhere. */
export function telHref(phone: string): string {
  const national = nationalDigits(phone)
  return `tel:${national ? `+84${national.slice(1)}` : phone.replace(/[^\d+]/g, "")}`
}

function nationalDigits(phone: string): string | null {
  const digits = phone.replace(/[\s.-]/g, "")
  const match = /^(?:\+84|0)(\d{9})$/.exec(digits)
  return match ? `0${match[1]}` : null
}

/** A buyers' average to one decimal as the page's language writes it: "4,7" in Vietnamese, "4.7" in English. */
export function formatRating(average: number, locale: "vi" | "en" = "vi"): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)
}
