import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOcopMiddlewares } from "./admin/ocop/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"

/** Medusa reads only this file; each API scope keeps its routes' validators and middlewares beside them. */
export default defineMiddlewares({
  routes: [...storeOcopMiddlewares, ...storeCartMiddlewares, ...adminOcopMiddlewares],
})
