import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { freeHandle, producerShippingProfile, producerStockLocation, refuseTakenSkus } from "../../../producers/catalogue"
import { createProducerProductWorkflow } from "../../../workflows/marketplace/producer-products"
import { producerMemberOf } from "../member-context"
import type { ProducerCreateProductType, ProducerListType } from "../validators"
import { listProducerProducts, loadProducerProduct } from "./shape"

/** The producer's own products, certified or not, with price, stock and certificate. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json(await listProducerProducts(req.scope, producerMemberOf(req).producer_id, req.validatedQuery as ProducerListType))
}

/**
 * A new product of the producer's: a draft, out of the store until the programme grades and certifies it (stars,
 * score and certificate are the programme's), stocked at the producer's own location.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerCreateProductType>, res: MedusaResponse) {
  const me = producerMemberOf(req)
  const body = req.validatedBody
  await refuseTakenSkus(req.scope, body.variants.map((v) => v.sku))
  const [location_id, shipping_profile_id, handle] = await Promise.all([
    producerStockLocation(req.scope, me.producer_id),
    producerShippingProfile(req.scope, me.producer_id),
    freeHandle(req.scope, body.title),
  ])
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: {
      producer_id: me.producer_id,
      submitted_by: `producer:${me.member_id}`,
      location_id,
      shipping_profile_id,
      product: { ...body, handle },
    },
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.status(201).json({ product: await loadProducerProduct(req.scope, me.producer_id, result.id) })
}
