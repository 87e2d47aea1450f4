import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listMembers } from "../../../producers/team"
import { producerMemberOf } from "../member-context"
import type { ProducerListType } from "../validators"

/** The producer's team, oldest member first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json(await listMembers(req.scope, producerMemberOf(req).producer_id, req.validatedQuery as ProducerListType))
}
