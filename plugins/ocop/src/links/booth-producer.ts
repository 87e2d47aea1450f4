import { defineLink } from "@medusajs/framework/utils"
import FairModule from "../modules/fair"
import OcopModule from "../modules/ocop"

/** The producer a booth belongs to: its `producer_id`, readable through query.graph; no link table. */
export default defineLink({ linkable: FairModule.linkable.booth, field: "producer_id" }, OcopModule.linkable.producer, { readOnly: true })
