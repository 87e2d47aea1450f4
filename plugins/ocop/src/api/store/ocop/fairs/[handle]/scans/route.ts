import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { referredBooth } from "../../../../../../fairs/referral"
import { networkKeyOf } from "../../../stamps/check"
import { fairService } from "../../helpers"
import type { StoreFairScanBodyType } from "../../validators"

/**
 * A scan of a booth's QR code, or of a product's code at that booth: the storefront calls this when a page view
 * arrives with the fair's referral (src/fairs/referral.ts), without waiting for it. The same network scanning
 * the same code within 30 minutes counts once; `counted` says whether this one did. A scan of a published fair's
 * printed code counts whatever the date (a catalogue taken home is scanned later); only a booth of that fair,
 * and only a product it shows.
 */
export async function POST(req: MedusaRequest<StoreFairScanBodyType>, res: MedusaResponse) {
  const { booth: number, product_handle } = req.validatedBody
  const now = new Date()
  const referred = await referredBooth(req.scope, { handle: req.params.handle, number, now, running: false })
  let productId: string | null = null
  if (product_handle) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: product_handle } })
    productId = (data[0] as { id: string } | undefined)?.id ?? null
    if (!productId || !referred.booth.product_ids.includes(productId)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Gian ${number} không bày sản phẩm "${product_handle}" / booth ${number} does not show "${product_handle}"`
      )
    }
  }
  const { counted } = await fairService(req).recordScan({
    fair_id: referred.fair.id,
    booth_id: referred.booth.id,
    product_id: productId,
    network_key: networkKeyOf(req),
    now,
  })
  res.setHeader("Cache-Control", "no-store")
  res.status(202).json({ counted })
}
