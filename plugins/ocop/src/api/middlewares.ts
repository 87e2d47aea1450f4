import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOcopMiddlewares } from "./admin/ocop/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { refuseNulBytes } from "./refuse-nul-bytes"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"
import { storeOcopCustomerMiddlewares } from "./store/ocop/customers/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { refuseEndedSessions } from "./ended-sessions"

/**
 * Medusa reads only this file; each API scope keeps its routes' validators and middlewares beside them.
 * Every route first refuses NUL characters, which PostgreSQL cannot store (see refuse-nul-bytes.ts).
 */
export default defineMiddlewares({
  routes: [
    // Every store route, Medusa's own included: a customer's token from before her logout is refused.
    { matcher: "/store/*", middlewares: [refuseEndedSessions] },
    ...[
      ...authMiddlewares,
      ...storeOcopMiddlewares,
      ...storeOcopCustomerMiddlewares,
      ...storeCartMiddlewares,
      ...storeOrderMiddlewares,
      ...adminOcopMiddlewares,
    ].map((route) => ({
      ...route,
      middlewares: [refuseNulBytes, ...(route.middlewares ?? [])],
    })),
  ],
})
