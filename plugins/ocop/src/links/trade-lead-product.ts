import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FairModule from "../modules/fair"

/** The product a buyer asked about, when she named one: its `product_id`; no link table. */
export default defineLink({ linkable: FairModule.linkable.tradeLead, field: "product_id" }, ProductModule.linkable.product, { readOnly: true })
