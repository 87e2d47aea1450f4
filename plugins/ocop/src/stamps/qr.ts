/**
 * QR codes through `qrcode` (the npm package most used for it; its encoder follows ISO/IEC 18004 and it writes
 * SVG and PNG without a canvas). Error correction M: a label survives a scratch or a fold (15 % of it) and the
 * code stays small enough for a 22 mm label.
 */
import QRCode from "qrcode"

const OPTIONS = { errorCorrectionLevel: "M" as const, margin: 4 }

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: "svg" })
}

/** A PNG big enough to print sharp on a shelf label (1 024 px across). */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: "png", width: 1024 })
}

/** The dark modules as runs per row ([row, first column, length]): a PDF draws one rectangle per run, not per module. */
export function qrRuns(text: string): { size: number; runs: [number, number, number][] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel })
  const size = modules.size
  const runs: [number, number, number][] = []
  for (let row = 0; row < size; row++) {
    let start = -1
    for (let col = 0; col <= size; col++) {
      const dark = col < size && modules.get(row, col)
      if (dark && start < 0) start = col
      if (!dark && start >= 0) {
        runs.push([row, start, col - start])
        start = -1
      }
    }
  }
  return { size, runs }
}
