import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { revokeInvite } from "../../../../../producers/team"
import { producerMemberOf } from "../../../member-context"

/** An owner withdraws an invitation not yet accepted: its link stops working. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!(await revokeInvite(req.scope, producerMemberOf(req).producer_id, req.params.id!))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lời mời đang chờ / no open invitation by that id")
  }
  res.json({ id: req.params.id, object: "producer_invite", deleted: true })
}
