/**
 * The demo owner of one cooperative, so a fresh `npm start` has a seller-portal login to try (its e-mail and
 * password go to .data/stack.json). Her password is the data folder's random one, never a fixed one, set when
 * her login is made; a later seed leaves the login alone, as it does the admin's (she may have changed it). She
 * joins as the plugin's operators' workflow adds a known person.
 */
import { Modules } from "@medusajs/framework/utils"
import { addProducerMemberWorkflow } from "@ocop/medusa-plugin-ocop/workflows"
import type { SeedProducer } from "../data"
import type { Container } from "./util"

/** The first cooperative by handle: a stable choice while the data grows. */
export function demoProducer(producers: readonly SeedProducer[]): SeedProducer {
  const cooperative = [...producers].sort((a, b) => a.handle.localeCompare(b.handle)).find((p) => p.entity_type === "cooperative")
  if (!cooperative) throw new Error("The seed data has no cooperative for the demo producer login")
  return cooperative
}

export async function ensureProducerOwner(container: Container, { producerId, email, password, name }: { producerId: string; email: string; password: string; name: string }) {
  const auth = container.resolve(Modules.AUTH)
  const [login] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: email })
  let authIdentityId = login?.auth_identity_id
  if (!authIdentityId) {
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
    if (error || !authIdentity) throw new Error(`Could not register the demo producer login: ${error}`)
    authIdentityId = authIdentity.id
  }
  const identity = await auth.retrieveAuthIdentity(authIdentityId)
  if (identity.app_metadata?.producer_id) return false
  await addProducerMemberWorkflow(container).run({
    input: { producer_id: producerId, email, role: "owner", name, auth_identity_id: authIdentityId },
  })
  return true
}
