import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreOcopAcceptGuestOrders, StoreOcopChangePassword, StoreOcopClaimGuestOrders } from "./validators"

/** Only a logged-in customer (Medusa's customer token or session) reaches these: each acts on her own account. */
const customer = authenticate("customer", ["session", "bearer"])

export const storeOcopCustomerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/ocop/customers/me/guest-orders", middlewares: [customer] },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/guest-orders",
    middlewares: [customer, validateAndTransformBody(StoreOcopClaimGuestOrders)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/guest-orders/accept",
    middlewares: [customer, validateAndTransformBody(StoreOcopAcceptGuestOrders)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/password",
    middlewares: [customer, validateAndTransformBody(StoreOcopChangePassword)],
  },
]
