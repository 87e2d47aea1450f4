import { z } from "@medusajs/framework/zod"
import { ProducerInviteMember, ProducerList } from "../../../../../producer/validators"

/** The admin pages a producer's team and invites as the portal does, and invites owners by default. */
export const AdminListProducerTeam = ProducerList
export const AdminInviteProducerMember = ProducerInviteMember.extend({ role: ProducerInviteMember.shape.role.removeDefault().default("owner") })
export type AdminInviteProducerMemberType = z.infer<typeof AdminInviteProducerMember>
export const AdminTeamGetOne = z.object({}).strict()
