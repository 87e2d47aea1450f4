import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** The parcels of a purchase: each order (one per producer) belongs to one order group. */
export default defineLink(MarketplaceModule.linkable.orderGroup, { linkable: OrderModule.linkable.order, isList: true })
