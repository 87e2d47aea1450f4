import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { IssueStampBatch, ProducerNoQuery, ProducerStampPage } from "./validators"

/**
 * The portal's certificates and stamp batches. The `/producer/*` login and membership check run before these
 * (../middlewares.ts); every route then reads only the member's own producer's certificates and batches.
 * Owners and staff alike print stamps: packing is staff's work.
 */
export const producerStampRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/certifications", middlewares: [validateAndTransformQuery(ProducerStampPage, {})] },
  { method: ["GET"], matcher: "/producer/certifications/:id/stamp-batches", middlewares: [validateAndTransformQuery(ProducerStampPage, {})] },
  { method: ["POST"], matcher: "/producer/certifications/:id/stamp-batches", middlewares: [validateAndTransformBody(IssueStampBatch)] },
  { method: ["GET"], matcher: "/producer/stamp-batches/:id/labels", middlewares: [validateAndTransformQuery(ProducerNoQuery, {})] },
]
