import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { createRateLimiter, loggedInActor, rateLimit } from "../../../rate-limit"
import { StoreOcopAcceptGuestOrders, StoreOcopChangePassword, StoreOcopClaimGuestOrders } from "./validators"

/** Only a logged-in customer (Medusa's customer token or session) reaches these: each acts on her own account. */
const customer = authenticate("customer", ["session", "bearer"])

/** The current password is a guess like a login's; the claim mail goes to a mailbox that may not be the asker's. */
const passwordChecks = createRateLimiter("password_check")
const claimMails = createRateLimiter("claim_mail")

export const storeOcopCustomerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/ocop/customers/me/guest-orders", middlewares: [customer] },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/guest-orders",
    middlewares: [customer, validateAndTransformBody(StoreOcopClaimGuestOrders), rateLimit(claimMails, loggedInActor)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/guest-orders/accept",
    middlewares: [customer, validateAndTransformBody(StoreOcopAcceptGuestOrders)],
  },
  { method: ["DELETE"], matcher: "/store/ocop/customers/me/sessions", middlewares: [customer] },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/password",
    middlewares: [customer, validateAndTransformBody(StoreOcopChangePassword), rateLimit(passwordChecks, loggedInActor)],
  },
]
