import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { normalizeAddress, refuseInvalidAddress, type AddressLike } from "../../../checkout/address"

/**
 * A customer's saved addresses (Medusa's own routes) meet the rule of a delivery address, the one definition
 * carts use (src/checkout/address.ts): otherwise an address book holds phone "12345" or province "99", and the
 * checkout that copies it from there fails later. An update is checked as it will be stored: the saved address
 * with the change on top, so a new ward alone is judged against the saved province.
 */
function addressWithChange(req: MedusaRequest): Promise<AddressLike> | AddressLike {
  const change = (req.body ?? {}) as AddressLike
  const addressId = req.params.address_id
  const customerId = (req as any).auth_context?.actor_id
  if (!addressId || !customerId) return change
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  return query
    .graph({
      entity: "customer_address",
      fields: ["phone", "province", "city", "address_1", "country_code", "metadata"],
      filters: { id: addressId, customer_id: customerId },
    })
    .then(({ data }) => {
      const saved = data[0] as AddressLike | undefined
      if (!saved) return change // Medusa's route answers the 404
      return { ...saved, ...change, metadata: change.metadata ?? saved.metadata }
    })
}

/**
 * Places by name become codes and the phone E.164, as on carts (src/checkout/address.ts); the body keeps only
 * the fields it had, with the ward's code added when its name was given.
 */
async function refuseUndeliverableAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const merged = await addressWithChange(req)
    const normalized = normalizeAddress(merged, "address")
    // Medusa's own validator may already have run (route middlewares come first): both copies are changed.
    for (const change of [req.body, (req as { validatedBody?: unknown }).validatedBody] as Record<string, unknown>[]) {
      if (!change || typeof change !== "object") continue
      if (typeof change.phone === "string") change.phone = normalized.phone
      if (typeof change.province === "string") change.province = normalized.province
      if (typeof change.province === "string" || typeof change.city === "string") {
        if (normalized.city !== merged.city) change.city = normalized.city
        if (normalized.metadata !== merged.metadata) change.metadata = normalized.metadata
      }
    }
    refuseInvalidAddress(normalized, "address")
    next()
  } catch (error) {
    next(error)
  }
}

export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/customers/me/addresses", middlewares: [refuseUndeliverableAddress] },
  { method: ["POST"], matcher: "/store/customers/me/addresses/:address_id", middlewares: [refuseUndeliverableAddress] },
]
