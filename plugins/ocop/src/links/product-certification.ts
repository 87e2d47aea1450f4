import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** A product's OCOP evaluations, current and past. Deleting a product soft-deletes the link, not the history. */
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.certification,
  isList: true,
})
