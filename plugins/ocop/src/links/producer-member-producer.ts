import { defineLink } from "@medusajs/framework/utils"
import MarketplaceModule from "../modules/marketplace"
import OcopModule from "../modules/ocop"

/** The producer a member acts for: its `producer_id`, readable through query.graph; no link table. */
export default defineLink(
  { linkable: MarketplaceModule.linkable.producerMember, field: "producer_id" },
  OcopModule.linkable.producer,
  { readOnly: true }
)
