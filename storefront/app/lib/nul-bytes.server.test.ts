import { PassThrough, type Writable } from "node:stream"
import { createElement } from "react"
import { renderToPipeableStream } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { dropNulBytes } from "./nul-bytes.server"

/** A page of Vietnamese text long enough to cross React's 2 KB buffer many times, at shifting offsets. */
function VietnamesePage() {
  const paragraphs = Array.from({ length: 60 }, (_, index) =>
    createElement("p", { key: index }, `${"x".repeat(index)} Giấy chứng nhận OCOP ${index}: cà phê Buôn Ma Thuột, mật ong hoa cà phê Đắk Lắk.`)
  )
  return createElement("main", null, paragraphs)
}

function render(into: (react: Writable) => Writable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const { pipe } = renderToPipeableStream(createElement(VietnamesePage), {
      onAllReady() {
        const sink = new PassThrough()
        sink.on("data", (chunk: Buffer) => chunks.push(chunk))
        sink.on("end", () => resolve(Buffer.concat(chunks)))
        pipe(into(sink))
      },
      onError: reject,
    })
  })
}

describe("the HTML stream", () => {
  it("shows that React 18 pads its buffer with NUL bytes when a Vietnamese character does not fit", async () => {
    const raw = await render((sink) => sink)
    expect(raw.includes(0x00)).toBe(true)
  })

  it("carries no NUL byte once through dropNulBytes, and every character React meant to write", async () => {
    const raw = await render((sink) => sink)
    const cleaned = await render((sink) => {
      const filter = dropNulBytes()
      filter.pipe(sink)
      return filter
    })
    expect(cleaned.includes(0x00)).toBe(false)
    expect(cleaned.toString("utf8")).toBe(raw.toString("utf8").replaceAll("\u0000", ""))
    expect(cleaned.toString("utf8")).toContain("Giấy chứng nhận OCOP 59: cà phê Buôn Ma Thuột, mật ong hoa cà phê Đắk Lắk.")
    expect(cleaned.toString("utf8")).not.toContain("\uFFFD")
  })

  it("leaves a multi-byte character split across two chunks whole", async () => {
    const filter = dropNulBytes()
    const out: Buffer[] = []
    filter.on("data", (chunk: Buffer) => out.push(chunk))
    const ending = new Promise((resolve) => filter.on("end", resolve))
    const text = Buffer.from("chứng nhận", "utf8")
    filter.write(Buffer.concat([text.subarray(0, 3), Buffer.from([0, 0])]))
    filter.end(text.subarray(3))
    await ending
    expect(Buffer.concat(out).toString("utf8")).toBe("chứng nhận")
  })
})
