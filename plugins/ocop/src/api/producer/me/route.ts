import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { updateProducersWorkflow } from "../../../workflows/update-producers"
import { producerMemberOf } from "../member-context"
import type { ProducerUpdateProfileType } from "../validators"

const PRODUCER_FIELDS = [
  "id", "handle", "name", "entity_type", "representative", "phone", "email", "province_code", "ward_code",
  "address_line", "address_as_certified", "story_vi", "story_en", "founded_year",
]

/** The signed-in member and the producer she acts for. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await answerMe(req, res)
}

/**
 * The owner's words about the producer: story, phone, e-mail, address, founding year, through the same workflow as
 * the programme's edits (it re-projects the producer's catalogue cards). Name, kind, place and the certificate's
 * address are the programme's record and not in the body (strict: a 400).
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateProfileType>, res: MedusaResponse) {
  const me = producerMemberOf(req)
  await updateProducersWorkflow(req.scope).run({ input: { producers: [{ id: me.producer_id, ...req.validatedBody } as any] } })
  await answerMe(req, res)
}

async function answerMe(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = producerMemberOf(req)
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const member = await marketplace.retrieveProducerMember(me.member_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: PRODUCER_FIELDS, filters: { id: me.producer_id } })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    member: { id: member.id, email: member.email, name: member.name, role: member.role, created_at: member.created_at },
    producer: data[0] ?? null,
  })
}
