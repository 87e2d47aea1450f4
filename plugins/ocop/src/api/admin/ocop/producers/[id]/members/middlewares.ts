import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminInviteProducerMember, AdminListProducerTeam, AdminTeamGetOne } from "./validators"

/** Medusa authenticates every /admin route itself; these add the validation. */
export const adminProducerTeamMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/producers/:id/members", middlewares: [validateAndTransformQuery(AdminListProducerTeam, {})] },
  { method: ["DELETE"], matcher: "/admin/ocop/producers/:id/members/:member_id", middlewares: [validateAndTransformQuery(AdminTeamGetOne, {})] },
  { method: ["GET"], matcher: "/admin/ocop/producers/:id/members/invites", middlewares: [validateAndTransformQuery(AdminListProducerTeam, {})] },
  { method: ["POST"], matcher: "/admin/ocop/producers/:id/members/invites", middlewares: [validateAndTransformBody(AdminInviteProducerMember)] },
  { method: ["DELETE"], matcher: "/admin/ocop/producers/:id/members/invites/:invite_id", middlewares: [validateAndTransformQuery(AdminTeamGetOne, {})] },
]
