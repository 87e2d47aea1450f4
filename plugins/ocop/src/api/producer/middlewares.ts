import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { refuseEndedSessions } from "../ended-sessions"
import { createRateLimiter, rateLimit } from "../rate-limit"
import { actAsProducerMember, ownersOnly, producerMemberOf } from "./member-context"
import { uploadProductImages } from "./products/images-upload"
import {
  ProducerAcceptInvite,
  ProducerCheckInvite,
  ProducerCreateProduct,
  ProducerGetOne,
  ProducerInviteMember,
  ProducerList,
  ProducerNewVariant,
  ProducerOrderImages,
  ProducerOrderList,
  ProducerUpdateProduct,
  ProducerUpdateProfile,
  ProducerUpdateVariant,
} from "./validators"
import { ProducerCancelParcel, ProducerParcelStep, ProducerShipParcel } from "./orders/validators"
import { ProducerListTradeLeads, TradeLeadStatusChange } from "./trade-leads/validators"
import { ProducerListReviews, ProducerReplyToReview } from "./reviews/validators"
import { ProducerSetPayoutAccount } from "./payout-account/validators"
import { ProducerStatementQuery } from "./statements/validators"
import { producerAssortmentRoutes } from "./sales-points/middlewares"

/**
 * `/producer/*` is the seller portal's API (docs/decisions/017): Medusa's auth actor `producer`, then the member
 * the token names, whose producer scopes every read and write. Only the two invitation routes are reached
 * before one is a member: checking a link (no login) and accepting it (a login not yet a member's).
 */
const BEFORE_MEMBERSHIP = /^\/producer\/invites\/(check|accept)\/?$/

const producerLogin = authenticate("producer", ["session", "bearer"])
const unlessBeforeMembership =
  (middleware: (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown) =>
  (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    // The full path: under a mounted matcher, Express's `req.path` is relative to it.
    BEFORE_MEMBERSHIP.test((req.originalUrl ?? req.url).split("?")[0]!) ? next() : middleware(req, res, next)

/** A made-up or stale invitation link is a guess like a password's: counted per client. */
const inviteChecks = createRateLimiter("verification_check")
const perClientOnly = (_req: MedusaRequest) => null

/**
 * Photo uploads are counted per producer (one team shares the disk it fills) and per client, before multer reads
 * a byte of the upload.
 */
const imageUploads = createRateLimiter("product_images")
const perProducer = (req: MedusaRequest) => producerMemberOf(req).producer_id

const list = validateAndTransformQuery(ProducerList, {})
const one = validateAndTransformQuery(ProducerGetOne, {})
const body = validateAndTransformBody

/** The portal's routes, one entry per route and method: the authorisation matrix test is generated from it. */
export const producerRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/me", middlewares: [one] },
  // The producer's public profile: its owners' word, as the team (docs/decisions/043).
  { method: ["POST"], matcher: "/producer/me", middlewares: [ownersOnly, body(ProducerUpdateProfile)] },
  { method: ["DELETE"], matcher: "/producer/me/sessions", middlewares: [one] },
  { method: ["GET"], matcher: "/producer/members", middlewares: [list] },
  { method: ["DELETE"], matcher: "/producer/members/:id", middlewares: [one, ownersOnly] },
  { method: ["GET"], matcher: "/producer/members/invites", middlewares: [list] },
  { method: ["POST"], matcher: "/producer/members/invites", middlewares: [ownersOnly, body(ProducerInviteMember)] },
  { method: ["DELETE"], matcher: "/producer/members/invites/:id", middlewares: [one, ownersOnly] },
  { method: ["GET"], matcher: "/producer/products", middlewares: [list] },
  // New products are drafts; new titles and variants of certified ones wait for the programme (docs/decisions/042).
  { method: ["POST"], matcher: "/producer/products", middlewares: [body(ProducerCreateProduct)] },
  { method: ["GET"], matcher: "/producer/products/:id", middlewares: [one] },
  { method: ["POST"], matcher: "/producer/products/:id", middlewares: [body(ProducerUpdateProduct)] },
  { method: ["POST"], matcher: "/producer/products/:id/variants", middlewares: [body(ProducerNewVariant)] },
  { method: ["POST"], matcher: "/producer/products/:id/variants/:variant_id", middlewares: [body(ProducerUpdateVariant)] },
  // Photos apply at once: they do not change what the certificate covers (producers/product-images.ts).
  { method: ["POST"], matcher: "/producer/products/:id/images", middlewares: [one, rateLimit(imageUploads, perProducer), uploadProductImages] },
  { method: ["POST"], matcher: "/producer/products/:id/images/order", middlewares: [body(ProducerOrderImages)] },
  { method: ["DELETE"], matcher: "/producer/products/:id/images/:image_id", middlewares: [one] },
  { method: ["GET"], matcher: "/producer/orders", middlewares: [validateAndTransformQuery(ProducerOrderList, {})] },
  { method: ["GET"], matcher: "/producer/orders/:id", middlewares: [one] },
  // Fulfilment, one route per step (orders/fulfilment.ts): owners and staff alike send the parcels.
  { method: ["POST"], matcher: "/producer/orders/:id/packed", middlewares: [body(ProducerParcelStep)] },
  { method: ["POST"], matcher: "/producer/orders/:id/shipped", middlewares: [body(ProducerShipParcel)] },
  { method: ["POST"], matcher: "/producer/orders/:id/ready-for-pickup", middlewares: [body(ProducerParcelStep)] },
  { method: ["POST"], matcher: "/producer/orders/:id/delivered", middlewares: [body(ProducerParcelStep)] },
  { method: ["POST"], matcher: "/producer/orders/:id/cancel", middlewares: [body(ProducerCancelParcel)] },
  // Buyers' enquiries from fairs and product pages (issue 18): owners and staff alike answer them.
  { method: ["GET"], matcher: "/producer/trade-leads", middlewares: [validateAndTransformQuery(ProducerListTradeLeads, {})] },
  { method: ["GET"], matcher: "/producer/trade-leads/:id", middlewares: [one] },
  { method: ["POST"], matcher: "/producer/trade-leads/:id", middlewares: [body(TradeLeadStatusChange)] },
  // Buyers' reviews of the producer's products (issue 21): owners and staff alike answer, once per review.
  { method: ["GET"], matcher: "/producer/reviews", middlewares: [validateAndTransformQuery(ProducerListReviews, {})] },
  { method: ["POST"], matcher: "/producer/reviews/:id/reply", middlewares: [body(ProducerReplyToReview)] },
  // Money (issue 17): the month's statement for owners and staff alike; where the producer is paid, owners only.
  { method: ["GET"], matcher: "/producer/statements/:period", middlewares: [validateAndTransformQuery(ProducerStatementQuery, {})] },
  { method: ["GET"], matcher: "/producer/payout-account", middlewares: [one, ownersOnly] },
  { method: ["POST"], matcher: "/producer/payout-account", middlewares: [ownersOnly, body(ProducerSetPayoutAccount)] },
  // The sales points' assortment (issue 17): asked by owners and staff alike, decided by the programme (docs/decisions/044).
  ...producerAssortmentRoutes,
]

export const producerInviteRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/producer/invites/check",
    middlewares: [validateAndTransformQuery(ProducerCheckInvite, {}), rateLimit(inviteChecks, perClientOnly)],
  },
  {
    method: ["POST"],
    matcher: "/producer/invites/accept",
    middlewares: [authenticate("producer", ["session", "bearer"], { allowUnregistered: true }), body(ProducerAcceptInvite)],
  },
]

export const producerMiddlewares: MiddlewareRoute[] = [
  // An ended session (logout, password change or reset, removal from the team) stays ended here too.
  { matcher: "/producer/*", middlewares: [refuseEndedSessions, unlessBeforeMembership(producerLogin), unlessBeforeMembership(actAsProducerMember)] },
  ...producerInviteRoutes,
  ...producerRoutes,
]

