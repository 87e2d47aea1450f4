import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OcopModule from "../modules/ocop"

/** Whose order it is: every order of a split cart holds one producer's items; a producer has many orders. */
export default defineLink({ linkable: OrderModule.linkable.order, isList: true }, OcopModule.linkable.producer)
