/**
 * The VietQR payload for a bank transfer: NAPAS's profile of the EMVCo Merchant-Presented QR code (EMV QRCPS
 * MPM), which every Vietnamese banking app scans. Written here rather than taken from npm: the one maintained
 * package (vietnam-qr-pay 1.5.1) cuts a length above 99 to its last two digits and counts UTF-16 units, so a
 * bad value becomes a wrong code instead of an error. This encoder refuses what the format cannot carry.
 *
 * Layout (ID, two-digit length, value; IDs in ascending order, CRC last):
 *   00 "01"                    payload format indicator
 *   01 "12" | "11"             point of initiation: 12 dynamic (one payment, amount fixed), 11 static
 *   38                         merchant account information, NAPAS
 *      00 "A000000727"         NAPAS's application identifier
 *      01                      beneficiary: 00 the bank's 6-digit BIN, 01 the account number
 *      02 "QRIBFTTA"           service: inter-bank fast transfer to an account
 *   53 "704"                   currency, ISO 4217 numeric (VND)
 *   54                         amount, whole đồng
 *   58 "VN"                    country
 *   62                         additional data: 08 purpose of the transfer (the order reference)
 *   63                         CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) over everything before it,
 *                              "6304" included, as four upper-case hex digits
 */

export const NAPAS_GUID = "A000000727"
export const SERVICE_TO_ACCOUNT = "QRIBFTTA"

export type VietQrInput = {
  /** The bank's 6-digit BIN as NAPAS lists it (970436 Vietcombank, 970418 BIDV, …). */
  bankBin: string
  accountNumber: string
  /** Whole đồng; omit for a static code that lets the payer type the amount. */
  amount?: number
  /** What the payer's app writes in the transfer's description: the order reference. */
  purpose?: string
}

/** One data object: ID, length of the value in characters (two digits), value. */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new RangeError(`EMVCo IDs are two digits, not "${id}"`)
  if (!value.length || value.length > 99) throw new RangeError(`EMVCo field ${id} must hold 1–99 characters, not ${value.length}`)
  return `${id}${String(value.length).padStart(2, "0")}${value}`
}

/** CRC-16/CCITT-FALSE over the bytes of an ASCII string (the check value of "123456789" is 0x29B1). */
export function crc16(text: string): string {
  let crc = 0xffff
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i) << 8
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

/**
 * Banking apps read the description as plain ASCII, and several cut or refuse accents and symbols: fold the
 * reference to letters, digits and spaces, at most 25 characters (what NAPAS's member banks all accept).
 */
export function transferPurpose(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 25)
    .trim()
}

export function encodeVietQr({ bankBin, accountNumber, amount, purpose }: VietQrInput): string {
  if (!/^\d{6}$/.test(bankBin)) throw new RangeError(`A bank BIN has 6 digits, not "${bankBin}"`)
  if (!/^[0-9A-Za-z]{1,19}$/.test(accountNumber)) throw new RangeError(`An account number is 1–19 letters or digits, not "${accountNumber}"`)
  if (amount !== undefined && !(Number.isSafeInteger(amount) && amount > 0 && amount <= 9_999_999_999_999)) {
    throw new RangeError(`A VietQR amount is a positive whole number of đồng, not ${amount}`)
  }
  const beneficiary = tlv("00", bankBin) + tlv("01", accountNumber)
  const merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", SERVICE_TO_ACCOUNT)
  const reference = purpose ? transferPurpose(purpose) : ""
  const body =
    tlv("00", "01") +
    tlv("01", amount !== undefined ? "12" : "11") +
    tlv("38", merchant) +
    tlv("53", "704") +
    (amount !== undefined ? tlv("54", String(amount)) : "") +
    tlv("58", "VN") +
    (reference ? tlv("62", tlv("08", reference)) : "") +
    "6304"
  return body + crc16(body)
}

/** Splits a payload (or a template's value) into its data objects; throws on a length that runs past the end. */
export function parseTlv(payload: string): Map<string, string> {
  const fields = new Map<string, string>()
  let at = 0
  while (at < payload.length) {
    const id = payload.slice(at, at + 2)
    const length = Number(payload.slice(at + 2, at + 4))
    const value = payload.slice(at + 4, at + 4 + length)
    if (!/^\d{2}$/.test(id) || Number.isNaN(length) || value.length !== length) {
      throw new RangeError(`Malformed EMVCo data object at ${at}`)
    }
    fields.set(id, value)
    at += 4 + length
  }
  return fields
}
