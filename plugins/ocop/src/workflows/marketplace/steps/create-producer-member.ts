import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { ProducerMemberRole } from "../../../modules/marketplace/models/producer-member"

export type NewMember = { producer_id: string; email: string; role: ProducerMemberRole; name: string | null }

export const createProducerMemberStep = createStep(
  "ocop-create-producer-member",
  async (input: NewMember, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const member = await marketplace.createProducerMembers({ ...input, email: input.email.trim().toLowerCase() })
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteProducerMembers([memberId])
  }
)
