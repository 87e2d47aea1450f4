import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refuseInvalidAddress, type AddressLike } from "../../../checkout/address"

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

async function refuseUndeliverableAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    refuseInvalidAddress(await addressWithChange(req), "address")
    next()
  } catch (error) {
    next(error)
  }
}

export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/customers/me/addresses", middlewares: [refuseUndeliverableAddress] },
  { method: ["POST"], matcher: "/store/customers/me/addresses/:address_id", middlewares: [refuseUndeliverableAddress] },
]
