import { defineLink } from "@medusajs/framework/utils"
import PaymentModule from "@medusajs/medusa/payment"
import MarketplaceModule from "../modules/marketplace"

/**
 * The one payment of a purchase paid at once (VietQR transfer, card) when it has more than one parcel: the cart's
 * payment collection. A purchase of one parcel keeps Medusa's own order ↔ payment collection link instead, and
 * parcels paid to their couriers each have their own collection on their order.
 */
export default defineLink(MarketplaceModule.linkable.orderGroup, PaymentModule.linkable.paymentCollection)
