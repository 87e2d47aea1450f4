/**
 * Fair organisers are admin users with a scope (docs/decisions/033): a user whose `metadata.ocop_role` is
 * `fair_organiser` reaches the fairs, their leads and figures, and reads what the fair screens need (her own
 * user, the store, the producers to give booths to); every other admin route answers 403. Full admins are
 * untouched. A full admin gives the scope with Medusa's own `POST /admin/users/:id { metadata }`, which an
 * organiser cannot call.
 */
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export const FAIR_ORGANISER_ROLE = "fair_organiser"

/** Every method: the fairs' own routes. */
const ORGANISER_WRITES = /^\/admin\/ocop\/(fairs|trade-leads|fair-figures)(\/|$)/
/** Reads only: what the dashboard loads for any signed-in user, and the producers a booth is given to. */
const ORGANISER_READS = /^\/admin\/(users\/me|stores|feature-flags|notifications|views|locales|ocop\/producers)(\/|$)/

/** Whether a fair organiser may make this request. */
export function organiserMay(method: string, path: string): boolean {
  if (ORGANISER_WRITES.test(path)) return true
  return (method === "GET" || method === "HEAD") && ORGANISER_READS.test(path)
}

const ROLE_TTL_MS = 30_000
const roles = new Map<string, { role: string | null; at: number }>()

/** A user's OCOP role, kept half a minute: one read of the user per admin request would double the admin's queries. */
async function roleOf(req: MedusaRequest, userId: string): Promise<string | null> {
  const known = roles.get(userId)
  if (known && Date.now() - known.at < ROLE_TTL_MS) return known.role
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id", "metadata"] })
  const role = typeof user?.metadata?.ocop_role === "string" ? (user.metadata.ocop_role as string) : null
  if (roles.size > 1000) roles.clear()
  roles.set(userId, { role, at: Date.now() })
  return role
}

export async function fairOrganiserScope(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const auth = (req as AuthenticatedMedusaRequest).auth_context
    if (auth?.actor_type !== "user" || !auth.actor_id) return next()
    if ((await roleOf(req, auth.actor_id)) !== FAIR_ORGANISER_ROLE) return next()
    const path = (req.originalUrl ?? req.url).split("?")[0]!
    if (organiserMay(req.method, path)) return next()
    next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Tài khoản ban tổ chức hội chợ chỉ quản lý hội chợ và khách hỏi mua / a fair organiser's login manages fairs and their leads only"
      )
    )
  } catch (error) {
    next(error)
  }
}
