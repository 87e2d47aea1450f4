/**
 * Stamp codes: 80 random bits from node:crypto, written as 16 characters of Crockford's base32 (digits and
 * letters without I, L, O, U, so nothing printed small is misread) and shown in groups of four:
 * `7KQ4-M2XD-9TBN-C3HV`. 2^80 codes against the few million a province prints make a guess hit one in
 * about 10^17 tries; the check is rate-limited on top (docs/decisions/029).
 */
import { randomBytes } from "node:crypto"

export const STAMP_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
export const STAMP_CODE_LENGTH = 16
const BYTES = (STAMP_CODE_LENGTH * 5) / 8

export type RandomSource = (bytes: number) => Uint8Array

/** One new code, 5 bits a character. */
export function newStampCode(random: RandomSource = randomBytes): string {
  const bytes = random(BYTES)
  let bits = 0
  let value = 0
  let out = ""
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += STAMP_ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  return out
}

/**
 * `n` codes, all different, none of them in `taken` (codes the database already holds). Two equal draws of 80
 * bits are all but impossible, but a duplicate is drawn again rather than trusted to chance.
 */
export function newStampCodes(n: number, random: RandomSource = randomBytes, taken: ReadonlySet<string> = new Set()): string[] {
  const codes = new Set<string>()
  while (codes.size < n) {
    const code = newStampCode(random)
    if (!taken.has(code)) codes.add(code)
  }
  return [...codes]
}

/**
 * A code as typed or scanned, in its stored form, or null when it cannot be one: case, spaces and dashes
 * ignored, and the letters Crockford reads as digits (O as 0, I and L as 1) mapped back.
 */
export function normalizeStampCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 64) return null
  const code = input
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1")
  if (code.length !== STAMP_CODE_LENGTH) return null
  for (const char of code) if (!STAMP_ALPHABET.includes(char)) return null
  return code
}

/** `7KQ4M2XD9TBNC3HV` → `7KQ4-M2XD-9TBN-C3HV`, as printed and in links. */
export function formatStampCode(code: string): string {
  return code.match(/.{1,4}/g)!.join("-")
}
