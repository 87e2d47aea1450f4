import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CustomerEvents } from "../../../../../../customers/events"
import { registeredCustomer } from "../../../../../../customers/guest-orders"
import { endSessions } from "../../../../../../customers/sessions"
import type { StoreOcopChangePasswordType } from "../../validators"

const wrongCurrent = () =>
  new MedusaError(MedusaError.Types.INVALID_DATA, "Mật khẩu hiện tại không đúng / the current password is wrong", "wrong_current_password")

/**
 * Changes the logged-in customer's password and ends every earlier session of the login after checking the current one, with the auth module's own
 * emailpass provider (the same check a login makes, the same hashing a reset makes). A token alone, left in
 * a browser someone else picks up, does not let them lock the owner out. Answers 400 and changes nothing when
 * the current password is wrong.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreOcopChangePasswordType>, res: MedusaResponse) {
  const customer = await registeredCustomer(req.scope, req.auth_context.actor_id)
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const emailpass = identity.provider_identities?.find((provider) => provider.provider === "emailpass")
  if (!emailpass) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tài khoản này không đăng nhập bằng mật khẩu / this account does not log in with a password")
  }
  const { current_password, new_password } = req.validatedBody
  const check = await auth.authenticate("emailpass", { body: { email: emailpass.entity_id, password: current_password } } as any)
  // The password must be this login's, not merely some account's.
  if (!check.success || check.authIdentity?.id !== identity.id) throw wrongCurrent()
  const updated = await auth.updateProvider("emailpass", { entity_id: emailpass.entity_id, password: new_password })
  if (!updated.success) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, updated.error ?? "password not updated")
  // Whoever held a session with the old password (a stolen token, a forgotten browser) is out now, this one
  // too: the storefront logs in again with the new password.
  await endSessions(req.scope, identity.id)
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: CustomerEvents.PASSWORD_CHANGED, data: { customer_id: customer.id, email: customer.email } })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ password_changed: true })
}
