import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FairModule from "../modules/fair"

/** The certified products a booth shows; a product may be shown at many fairs. */
export default defineLink(
  { linkable: FairModule.linkable.booth, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
