import { defineLink } from "@medusajs/framework/utils"
import FairModule from "../modules/fair"
import OcopModule from "../modules/ocop"

/**
 * The `fair_booth` sales point a fair is while it runs: made with the fair, carrying every product its booths
 * show, so those products name it in their "where to buy" (the store routes drop it outside the fair's days).
 */
export default defineLink(FairModule.linkable.fair, OcopModule.linkable.salesPoint)
