/**
 * Gives an admin user a new password (`npm run admin:reset-password`, run through `medusa exec`), through the
 * auth module's emailpass provider, which hashes it as a login checks it: never by writing to the database.
 * The bootstrap passes the e-mail and the new password in the environment, so neither shows in `ps`.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export default async function resetAdminPassword({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = process.env.OCOP_RESET_ADMIN_EMAIL
  const password = process.env.OCOP_RESET_ADMIN_PASSWORD
  if (!email || !password) throw new Error("OCOP_RESET_ADMIN_EMAIL and OCOP_RESET_ADMIN_PASSWORD are needed")
  const [user] = await container.resolve(Modules.USER).listUsers({ email })
  if (!user) throw new Error(`No admin user has the e-mail ${email}`)
  const auth = container.resolve(Modules.AUTH)
  const [login] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: email })
  if (login) {
    const updated = await auth.updateProvider("emailpass", { entity_id: email, password })
    if (!updated.success) throw new Error(`The password of ${email} was not changed: ${updated.error}`)
  } else {
    // A user invited but never registered has no password login yet: make one, tied to the user.
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
    if (error || !authIdentity) throw new Error(`Could not make a password login for ${email}: ${error}`)
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  }
  logger.info(`Admin password reset for ${email}`)
}
