import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { NewInvite } from "./replace-open-invite"

/** The producer exists and the e-mail is not on its team already. */
export const checkInviteAllowedStep = createStep("ocop-check-invite-allowed", async (input: NewInvite, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: input.producer_id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy chủ thể OCOP / producer not found")
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const members = await marketplace.listProducerMembers({ producer_id: input.producer_id, email: input.email, removed_at: null })
  if (members.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${input.email} đã là thành viên / ${input.email} is already a member`,
      "already_member"
    )
  }
  return new StepResponse(undefined)
})
