import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../../modules/ocop"
import type OcopModuleService from "../../../../../../modules/ocop/service"
import { certificateLookupUrl } from "../../../../../../stamps/links"
import { qrPng, qrSvg } from "../../../../../../stamps/qr"
import type { AdminCertificateQrType } from "../../../stamps/validators"

/**
 * The QR code of a certificate's stable lookup address (`/tra-cuu/<number>`), as SVG or PNG, to print on shelf
 * labels and packages. Only a certificate with a number has one.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminCertificateQrType>, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const entry = await ocop.findRegisterEntry({ certification_id: req.params.id })
  if (!entry) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có giấy chứng nhận có số ${req.params.id} / no numbered certificate ${req.params.id}`)
  }
  const url = certificateLookupUrl(entry.certificate_no)
  const name = `ocop-${entry.certificate_no.replace(/[^A-Za-z0-9-]+/g, "-")}`
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-OCOP-Lookup-Url", encodeURI(url))
  if (req.validatedQuery.format === "png") {
    res.setHeader("Content-Type", "image/png")
    res.setHeader("Content-Disposition", `attachment; filename="${name}.png"`)
    res.send(await qrPng(url))
  } else {
    res.setHeader("Content-Type", "image/svg+xml; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${name}.svg"`)
    res.send(await qrSvg(url))
  }
}
