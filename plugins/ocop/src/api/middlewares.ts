import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOcopMiddlewares } from "./admin/ocop/middlewares"
import { adminProducerTeamMiddlewares } from "./admin/ocop/producers/[id]/members/middlewares"
import { ocopErrorHandler } from "./guard/error-handler"
import { requestGuard } from "./guard/request-guard"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"
import { storeOcopCustomerMiddlewares } from "./store/ocop/customers/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { storeShippingOptionMiddlewares } from "./store/shipping-options/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { refuseEndedSessions } from "./ended-sessions"

/**
 * Medusa reads only this file; each API scope keeps its routes' validators and middlewares beside them.
 * Every request, to Medusa's routes as to ours, first passes the request guard (broken escapes, NUL bytes,
 * bodies too deep, list limits: guard/request-guard.ts), and every error leaves through the error handler
 * that keeps driver errors and SQL out of answers (guard/error-handler.ts).
 */
export default defineMiddlewares({
  errorHandler: ocopErrorHandler,
  routes: [
    { matcher: "/", middlewares: [requestGuard] },
    // Every store route, Medusa's own included: a customer's token from before her logout is refused.
    { matcher: "/store/*", middlewares: [refuseEndedSessions] },
    ...authMiddlewares,
    ...storeOcopMiddlewares,
    ...storeOcopCustomerMiddlewares,
    ...storeCartMiddlewares,
    ...storeCustomerMiddlewares,
    ...storeOrderMiddlewares,
    ...storeShippingOptionMiddlewares,
    ...adminOcopMiddlewares,
    ...adminProducerTeamMiddlewares,
    ...producerMiddlewares,
  ],
})
