import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ocopService, requestLocale } from "../../helpers"
import { cacheLookup, toVerification } from "../shape"
import { isCertificateNumber, type StoreVerifyLookupParamsType } from "../validators"

/** How many near misses an unknown number is answered with. */
const SUGGESTIONS = 5

/**
 * The lookup of one certificate by its number, as typed or printed: its state today in the words of rules.ts
 * and what it certifies. An unknown number is a 404 that offers the closest numbers and names; a string that
 * cannot be a number is a 400 before any query.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreVerifyLookupParamsType>, res: MedusaResponse) {
  const number = req.params.number ?? ""
  if (!isCertificateNumber(number)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Số giấy chứng nhận gồm chữ, số và dấu gạch, ví dụ OCOP-66-2024-010 / a certificate number is letters, digits and dashes, e.g. OCOP-66-2024-010"
    )
  }
  const ocop = ocopService(req)
  const locale = requestLocale(req)
  const now = new Date()
  const row = await ocop.findRegisterEntry({ number })
  if (!row) {
    const suggestions = await ocop.suggestRegister(number, SUGGESTIONS)
    res.setHeader("Cache-Control", "public, max-age=60")
    res.status(404).json({
      type: "not_found",
      message: `Không có giấy chứng nhận OCOP số "${number.trim()}" / no OCOP certificate numbered "${number.trim()}"`,
      suggestions: suggestions.map((s) => ({ certificate_no: s.certificate_no, product_title: locale === "en" && s.product_title_en ? s.product_title_en : s.product_title })),
    })
    return
  }
  const showable = (await ocop.listedProductIds([row.product_id], now)).has(row.product_id)
  cacheLookup(res, [row], now)
  res.json({ certification: toVerification(row, now, locale, showable) })
}
