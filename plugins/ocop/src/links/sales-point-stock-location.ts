import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import OcopModule from "../modules/ocop"

/** The stock location behind a sales point, so a shopper can pick an order up there. */
export default defineLink(OcopModule.linkable.salesPoint, StockLocationModule.linkable.stockLocation)
