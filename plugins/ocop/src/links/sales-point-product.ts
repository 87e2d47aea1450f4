import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** Which products are on sale at which kiosks and booths. */
export default defineLink(
  { linkable: OcopModule.linkable.salesPoint, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
