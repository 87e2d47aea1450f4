import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MedusaRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import { customerOfLink } from "../../../../customers/email-verification"
import { createRateLimiter, loggedInActor, rateLimit } from "../../../rate-limit"
import { keepLocaleInQuery } from "../helpers"
import {
  StoreOcopAcceptGuestOrders,
  StoreOcopAddFavourite,
  StoreOcopFavouritesParams,
  StoreOcopPurchasesParams,
  StoreOcopChangePassword,
  StoreOcopClaimGuestOrders,
  StoreOcopRequestVerification,
  StoreOcopVerifyEmail,
} from "./validators"
import { requireVerifiedEmail } from "./require-verified-email"

/** Only a logged-in customer (Medusa's customer token or session) reaches these: each acts on her own account. */
const customer = authenticate("customer", ["session", "bearer"])

/**
 * The current password is a guess like a login's; the claim and verification mails go to a mailbox that may
 * not be the asker's; a verification link is checked per customer it names and per client.
 */
const passwordChecks = createRateLimiter("password_check")
const claimMails = createRateLimiter("claim_mail")
const verificationMails = createRateLimiter("verification_mail")
const verificationChecks = createRateLimiter("verification_check")

function customerNamedByLink(req: MedusaRequest): string | null {
  const token = (req.body as { token?: unknown } | undefined)?.token
  return typeof token === "string" ? customerOfLink(token) : null
}

export const storeOcopCustomerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/ocop/customers/me/guest-orders", middlewares: [customer] },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/guest-orders",
    middlewares: [customer, validateAndTransformBody(StoreOcopClaimGuestOrders), requireVerifiedEmail, rateLimit(claimMails, loggedInActor)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/guest-orders/accept",
    middlewares: [customer, validateAndTransformBody(StoreOcopAcceptGuestOrders), requireVerifiedEmail],
  },
  { method: ["GET"], matcher: "/store/ocop/customers/me/verification", middlewares: [customer] },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/verification",
    middlewares: [customer, validateAndTransformBody(StoreOcopRequestVerification), rateLimit(verificationMails, loggedInActor)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/verification",
    middlewares: [validateAndTransformBody(StoreOcopVerifyEmail), rateLimit(verificationChecks, customerNamedByLink)],
  },
  { method: ["DELETE"], matcher: "/store/ocop/customers/me/sessions", middlewares: [customer] },
  // Favourites: her own list only (the token's customer); keeping and removing are not guesses, so no limit
  // beyond the list's size (customers/favourites.ts).
  {
    method: ["GET"],
    matcher: "/store/ocop/customers/me/favourites",
    middlewares: [customer, keepLocaleInQuery, validateAndTransformQuery(StoreOcopFavouritesParams, {})],
  },
  { method: ["POST"], matcher: "/store/ocop/customers/me/favourites", middlewares: [customer, validateAndTransformBody(StoreOcopAddFavourite)] },
  { method: ["DELETE"], matcher: "/store/ocop/customers/me/favourites/:handle", middlewares: [customer] },
  { method: ["GET"], matcher: "/store/ocop/customers/me/purchases", middlewares: [customer, validateAndTransformQuery(StoreOcopPurchasesParams, {})] },
  {
    method: ["POST"],
    matcher: "/store/ocop/customers/me/password",
    middlewares: [customer, validateAndTransformBody(StoreOcopChangePassword), rateLimit(passwordChecks, loggedInActor)],
  },
]
