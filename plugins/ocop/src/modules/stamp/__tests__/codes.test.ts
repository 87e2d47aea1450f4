import { describe, expect, it } from "vitest"
import { formatStampCode, newStampCode, newStampCodes, normalizeStampCode, STAMP_ALPHABET, STAMP_CODE_LENGTH } from "../codes"

describe("stamp codes", () => {
  it("are 16 characters of Crockford's base32, without I, L, O or U", () => {
    const code = newStampCode()
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/)
    expect(STAMP_ALPHABET).toHaveLength(32)
  })

  it("write every bit of the random source: all zero bytes give all zeros, all ones give the last letter", () => {
    expect(newStampCode((n) => new Uint8Array(n))).toBe("0".repeat(STAMP_CODE_LENGTH))
    expect(newStampCode((n) => new Uint8Array(n).fill(255))).toBe("Z".repeat(STAMP_CODE_LENGTH))
  })

  it("are all different over a batch of 100 000 drawn from node:crypto", () => {
    const codes = newStampCodes(100_000)
    expect(codes).toHaveLength(100_000)
    expect(new Set(codes).size).toBe(100_000)
    // Every character position takes every value: no position is stuck, so the 80 bits are really drawn.
    for (let position = 0; position < STAMP_CODE_LENGTH; position++) {
      expect(new Set(codes.map((code) => code[position])).size, `position ${position}`).toBe(32)
    }
  })

  it("draws again when the random source repeats itself, and never hands out a code already taken", () => {
    const sequence = [1, 1, 1, 2, 3]
    let i = 0
    const repeating = (n: number) => new Uint8Array(n).fill(sequence[Math.min(i++, sequence.length - 1)]!)
    const taken = new Set([newStampCode((n) => new Uint8Array(n).fill(2))])
    const codes = newStampCodes(2, repeating, taken)
    expect(codes).toEqual([newStampCode((n) => new Uint8Array(n).fill(1)), newStampCode((n) => new Uint8Array(n).fill(3))])
  })

  it("read back as typed: any case, spaces and dashes, O for 0 and I or L for 1", () => {
    expect(normalizeStampCode("7kq4-m2xd 9tbn-c3hv")).toBe("7KQ4M2XD9TBNC3HV")
    expect(normalizeStampCode("OOOO-IIII-LLLL-0000")).toBe("0000111111110000")
    expect(formatStampCode("7KQ4M2XD9TBNC3HV")).toBe("7KQ4-M2XD-9TBN-C3HV")
  })

  it("refuse what cannot be a code: wrong length, U, symbols, SQL, non-strings", () => {
    for (const bad of ["", "7KQ4-M2XD-9TBN", "7KQ4M2XD9TBNC3HVX", "UUUU-UUUU-UUUU-UUUU", "' OR 1=1 --", "<script>alert(1)</script>", "7KQ4M2XD9TBNC3H%", "a".repeat(5000), 42, null]) {
      expect(normalizeStampCode(bad), String(bad).slice(0, 30)).toBeNull()
    }
  })
})
