import { defineLink } from "@medusajs/framework/utils"
import OcopModule from "../modules/ocop"
import StampModule from "../modules/stamp"

/**
 * The certification a batch of stamps was issued for. Read-only over the batch's own `certification_id`: a stamp
 * check finds its certificate with one indexed read, and `query.graph` still walks from a batch to it.
 */
export default defineLink(
  { linkable: StampModule.linkable.stampBatch, field: "certification_id", isList: false },
  OcopModule.linkable.certification,
  { readOnly: true }
)
