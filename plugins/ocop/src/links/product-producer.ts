import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** Who makes a product; a producer has many products, a product one producer. */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  OcopModule.linkable.producer
)
