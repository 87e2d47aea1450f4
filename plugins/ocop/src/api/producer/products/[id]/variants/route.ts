import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../../modules/marketplace/service"
import { applyNewVariant, optionForNewVariant, refuseTakenSkus, wasEverCertified } from "../../../../../producers/catalogue"
import { requestProductChangeWorkflow } from "../../../../../workflows/marketplace/product-change-requests"
import { producerMemberOf } from "../../../member-context"
import type { ProducerNewVariantType } from "../../../validators"
import { loadProducerProduct } from "../../shape"

/**
 * A new pack or size of the producer's product, with its price and stock. On a product never graded it is added
 * at once (201); on a certified one it waits for the programme's review (202 with the request).
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerNewVariantType>, res: MedusaResponse) {
  const me = producerMemberOf(req)
  const id = req.params.id!
  await loadProducerProduct(req.scope, me.producer_id, id)
  const variant = req.validatedBody
  await refuseTakenSkus(req.scope, [variant.sku])
  // Checked now, not only when approved: the producer hears at once of a name the product already has.
  await optionForNewVariant(req.scope, id, variant.title)
  res.setHeader("Cache-Control", "private, no-store")
  if (!(await wasEverCertified(req.scope, id))) {
    await applyNewVariant(req.scope, me.producer_id, id, variant)
    return res.status(201).json({ product: await loadProducerProduct(req.scope, me.producer_id, id), change_request: null })
  }
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const waiting = await marketplace.listProductChangeRequests({ product_id: id, kind: "variant", status: "pending" }, { select: ["changes"] })
  if (waiting.some((r) => String((r.changes as any)?.title ?? "").toLowerCase() === variant.title.toLowerCase())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Quy cách "${variant.title}" đang chờ duyệt / the variant "${variant.title}" is already waiting for review`, "change_pending")
  }
  const { result } = await requestProductChangeWorkflow(req.scope).run({
    input: { producer_id: me.producer_id, product_id: id, kind: "variant", changes: variant, requested_by: `producer:${me.member_id}` },
  })
  res.status(202).json({ product: await loadProducerProduct(req.scope, me.producer_id, id), change_request: result })
}
