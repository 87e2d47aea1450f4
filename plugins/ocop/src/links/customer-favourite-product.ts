import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ProductModule from "@medusajs/medusa/product"

/**
 * A customer's favourites: the products she keeps on her account (issue 21). A link of Medusa's two modules and
 * nothing more, so no module of our own holds a copy of who the customer is or what the product is; the link
 * table's `created_at` orders her list. Docs/decisions/039.
 */
export default defineLink(
  { linkable: CustomerModule.linkable.customer, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
