import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { applyTitleChange, wasEverCertified } from "../../../../producers/catalogue"
import { requestProductChangeWorkflow } from "../../../../workflows/marketplace/product-change-requests"
import { producerMemberOf } from "../../member-context"
import type { ProducerUpdateProductType } from "../../validators"
import { loadProducerProduct } from "../shape"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ product: await loadProducerProduct(req.scope, producerMemberOf(req).producer_id, req.params.id!) })
}

/**
 * The producer's own words about its product: description and subtitle at once. A new title goes live at once on
 * a product never graded; on a certified one it waits for the programme's review (202 with the request), as the
 * certificate covers the product as it was graded.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateProductType>, res: MedusaResponse) {
  const me = producerMemberOf(req)
  const id = req.params.id!
  await loadProducerProduct(req.scope, me.producer_id, id)
  const { title, title_en, ...own } = req.validatedBody
  const titleChange = title !== undefined || title_en !== undefined ? { ...(title !== undefined ? { title } : {}), ...(title_en !== undefined ? { title_en } : {}) } : null
  const reviewed = titleChange ? await wasEverCertified(req.scope, id) : false
  if (Object.keys(own).length) await updateProductsWorkflow(req.scope).run({ input: { products: [{ id, ...own }] } })
  let change_request = null
  if (titleChange && reviewed) {
    const { result } = await requestProductChangeWorkflow(req.scope).run({
      input: { producer_id: me.producer_id, product_id: id, kind: "title", changes: titleChange, requested_by: `producer:${me.member_id}` },
    })
    change_request = result
  } else if (titleChange) {
    await applyTitleChange(req.scope, id, titleChange)
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.status(change_request ? 202 : 200).json({ product: await loadProducerProduct(req.scope, me.producer_id, id), change_request })
}
