import { describe, expect, it } from "vitest"
import { imageKindOf, storedImageName } from "./image-files"

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((value) => (typeof value === "string" ? [...Buffer.from(value, "latin1")] : [value])))

describe("what a file is, by its first bytes", () => {
  it("knows JPEG, PNG and WebP", () => {
    expect(imageKindOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toEqual({ mime: "image/jpeg", extension: "jpg" })
    expect(imageKindOf(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toEqual({ mime: "image/png", extension: "png" })
    expect(imageKindOf(bytes("RIFF", 0x24, 0, 0, 0, "WEBPVP8 "))).toEqual({ mime: "image/webp", extension: "webp" })
  })

  it("refuses what only looks like one by its name: text, SVG, GIF, a cut PNG signature, a RIFF that is not WebP, nothing", () => {
    for (const file of [
      bytes("<script>alert(1)</script>"),
      bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      bytes("GIF89a"),
      bytes(0x89, "PNG"),
      bytes("RIFF", 0x24, 0, 0, 0, "WAVEfmt "),
      bytes(),
    ]) {
      expect(imageKindOf(file)).toBeNull()
    }
  })
})

describe("the stored file's name", () => {
  it("is a prefix of ours (the product's handle), a random part and the extension of what the bytes are, never the sender's name", () => {
    const name = storedImageName("ca-phe-ea-tu", { mime: "image/png", extension: "png" })
    expect(name).toMatch(/^ca-phe-ea-tu-[0-9a-f]{12}\.png$/)
    expect(storedImageName("ca-phe-ea-tu", { mime: "image/png", extension: "png" })).not.toBe(name)
  })
})
