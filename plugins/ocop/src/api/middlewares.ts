import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCertificationRoutesMiddlewares } from "./admin/ocop/certifications/middlewares"
import { adminProducerRoutesMiddlewares } from "./admin/ocop/producers/middlewares"
import { adminProducerCommissionMiddlewares } from "./admin/ocop/producers/[id]/commission/middlewares"
import { adminPayoutMiddlewares } from "./admin/ocop/payouts/middlewares"
import { adminProducerOrderMiddlewares } from "./admin/ocop/producers/[id]/orders/middlewares"
import { adminProducerTeamMiddlewares } from "./admin/ocop/producers/[id]/members/middlewares"
import { adminOrderPurchaseMiddlewares } from "./admin/ocop/orders/middlewares"
import { adminProductOcopRoutesMiddlewares } from "./admin/ocop/products/middlewares"
import { adminProgrammeRoutesMiddlewares } from "./admin/ocop/programme/middlewares"
import { adminRegisterRoutesMiddlewares } from "./admin/ocop/register/middlewares"
import { adminSalesPointRoutesMiddlewares } from "./admin/ocop/sales-points/middlewares"
import { adminStockCheckRoutesMiddlewares } from "./admin/ocop/stock-check/middlewares"
import { ocopErrorHandler } from "./guard/error-handler"
import { requestGuard } from "./guard/request-guard"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"
import { storeProductReviewMiddlewares } from "./store/ocop/products/[handle]/reviews/middlewares"
import { adminReviewRoutesMiddlewares } from "./admin/ocop/reviews/middlewares"
import { adminProductChangeMiddlewares } from "./admin/ocop/product-changes/middlewares"
import { storeVerifyMiddlewares } from "./store/ocop/certifications/middlewares"
import { storeFairRoutesMiddlewares } from "./store/ocop/fairs/middlewares"
import { storeTradeLeadMiddlewares } from "./store/ocop/trade-leads/middlewares"
import { adminFairRoutesMiddlewares } from "./admin/ocop/fairs/middlewares"
import { adminTradeLeadRoutesMiddlewares } from "./admin/ocop/trade-leads/middlewares"
import { fairOrganiserScope } from "./admin/organiser-scope"
import { storeOcopCustomerMiddlewares } from "./store/ocop/customers/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { storeShippingOptionMiddlewares } from "./store/shipping-options/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { producerStampRoutes } from "./producer/certifications/middlewares"
import { adminStampMiddlewares } from "./admin/ocop/stamps/middlewares"
import { refuseEndedSessions } from "./ended-sessions"

/**
 * Medusa reads only this file; each resource folder keeps its routes' validators and middlewares beside them
 * (as Medusa's own API does), and this file lists them.
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
    // After Medusa's own admin authentication: a fair organiser reaches the fairs only (decision 033).
    { matcher: "/admin/*", middlewares: [fairOrganiserScope] },
    ...storeOcopMiddlewares,
    ...storeProductReviewMiddlewares,
    ...storeVerifyMiddlewares,
    ...storeOcopCustomerMiddlewares,
    ...storeFairRoutesMiddlewares,
    ...storeTradeLeadMiddlewares,
    ...storeCartMiddlewares,
    ...storeCustomerMiddlewares,
    ...storeOrderMiddlewares,
    ...storeShippingOptionMiddlewares,
    ...adminProducerRoutesMiddlewares,
    ...adminProducerTeamMiddlewares,
    ...adminProducerCommissionMiddlewares,
    ...adminPayoutMiddlewares,
    ...adminProducerOrderMiddlewares,
    ...adminOrderPurchaseMiddlewares,
    ...adminSalesPointRoutesMiddlewares,
    ...adminCertificationRoutesMiddlewares,
    ...adminProductOcopRoutesMiddlewares,
    ...adminStockCheckRoutesMiddlewares,
    ...adminProgrammeRoutesMiddlewares,
    ...adminRegisterRoutesMiddlewares,
    ...adminFairRoutesMiddlewares,
    ...adminTradeLeadRoutesMiddlewares,
    ...producerMiddlewares,
    ...producerStampRoutes,
    ...adminStampMiddlewares,
    ...adminReviewRoutesMiddlewares,
    ...adminProductChangeMiddlewares,
  ],
})
