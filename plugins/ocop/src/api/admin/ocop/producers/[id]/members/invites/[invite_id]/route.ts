import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { revokeInvite } from "../../../../../../../../producers/team"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!(await revokeInvite(req.scope, req.params.id!, req.params.invite_id!))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lời mời đang chờ / no open invitation by that id")
  }
  res.json({ id: req.params.invite_id, object: "producer_invite", deleted: true })
}
