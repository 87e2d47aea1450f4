import { Transform } from "node:stream"

const NUL = 0x00

/**
 * The HTML stream without its 0x00 bytes. React 18's `renderToPipeableStream` flushes its whole 2 KB buffer,
 * zero-filled tail included, when the next multi-byte character does not fit (facebook/react#26228, fixed only
 * in React 19): Vietnamese pages carry stray NULs that crawlers and link previews cut the page at. Dropping them
 * byte by byte is exact: in UTF-8 a 0x00 byte is only ever U+0000 itself, never part of another character, and
 * U+0000 has no place in HTML (the hydration data escapes it as `\u0000`). docs/decisions/022.
 */
export function dropNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      // Most chunks have none: pass them on as they are; memchr-speed search, no copy.
      if (chunk.indexOf(NUL) === -1) return done(null, chunk)
      done(null, withoutNulBytes(chunk))
    },
  })
}

function withoutNulBytes(chunk: Buffer): Buffer {
  const kept = Buffer.allocUnsafe(chunk.length)
  let length = 0
  for (const byte of chunk) if (byte !== NUL) kept[length++] = byte
  return kept.subarray(0, length)
}

