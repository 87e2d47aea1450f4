import { describe, expect, it } from "vitest"
import { crc16, encodeVietQr, parseTlv, tlv, transferPurpose } from "./vietqr"

describe("the VietQR encoder", () => {
  it("computes CRC-16/CCITT-FALSE with the standard check value (\"123456789\" → 29B1)", () => {
    expect(crc16("123456789")).toBe("29B1")
  })

  it("writes a dynamic transfer code that an independent implementation (vietnam-qr-pay 1.5.1) writes byte for byte", () => {
    // The same input built with QRPay.initVietQR(...).build() from the npm package gave this string.
    expect(encodeVietQr({ bankBin: "970436", accountNumber: "1234567890", amount: 215000, purpose: "OCOP đơn 1024" })).toBe(
      "00020101021238540010A00000072701240006970436011012345678900208QRIBFTTA530370454062150005802VN62170813OCOP don 102463045531"
    )
  })

  it("lays the fields out as NAPAS's profile of EMVCo says, with the CRC over everything before it", () => {
    const payload = encodeVietQr({ bankBin: "970418", accountNumber: "21510001234567", amount: 95000, purpose: "OCOP 12" })
    const fields = parseTlv(payload)
    expect([...fields.keys()]).toEqual(["00", "01", "38", "53", "54", "58", "62", "63"])
    expect(fields.get("00")).toBe("01")
    expect(fields.get("01")).toBe("12")
    const merchant = parseTlv(fields.get("38")!)
    expect(merchant.get("00")).toBe("A000000727")
    expect(merchant.get("02")).toBe("QRIBFTTA")
    const beneficiary = parseTlv(merchant.get("01")!)
    expect(beneficiary.get("00")).toBe("970418")
    expect(beneficiary.get("01")).toBe("21510001234567")
    expect(fields.get("53")).toBe("704")
    expect(fields.get("54")).toBe("95000")
    expect(fields.get("58")).toBe("VN")
    expect(parseTlv(fields.get("62")!).get("08")).toBe("OCOP 12")
    expect(payload.slice(-8, -4)).toBe("6304")
    expect(fields.get("63")).toBe(crc16(payload.slice(0, -4)))
  })

  it("writes a static code (initiation 11, no amount) when no amount is given", () => {
    const fields = parseTlv(encodeVietQr({ bankBin: "970436", accountNumber: "0011001234567" }))
    expect(fields.get("01")).toBe("11")
    expect(fields.has("54")).toBe(false)
    expect(fields.has("62")).toBe(false)
  })

  it("folds the reference to the plain ASCII banks accept, at most 25 characters", () => {
    expect(transferPurpose("Đơn hàng #1024 – Chợ OCOP Đắk Lắk")).toBe("Don hang 1024 Cho OCOP Da")
    expect(transferPurpose("Cà phê")).toBe("Ca phe")
  })

  it("refuses what the format cannot carry instead of writing a wrong code", () => {
    expect(() => encodeVietQr({ bankBin: "97043", accountNumber: "1" })).toThrow(/6 digits/)
    expect(() => encodeVietQr({ bankBin: "970436", accountNumber: "12-34" })).toThrow(/account number/)
    expect(() => encodeVietQr({ bankBin: "970436", accountNumber: "1", amount: 12.5 })).toThrow(/whole number/)
    expect(() => encodeVietQr({ bankBin: "970436", accountNumber: "1", amount: 0 })).toThrow(/positive/)
    expect(() => tlv("62", "x".repeat(100))).toThrow(/1–99/)
  })
})
