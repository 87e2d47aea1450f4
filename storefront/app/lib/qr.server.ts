import QRCode from "qrcode"

/**
 * Text as an SVG QR code (medium error correction, the 4-module quiet zone scanners and banking apps expect):
 * the order page's VietQR payment, a fair booth's link.
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } })
}
