import { Module } from "@medusajs/framework/utils"
import StampModuleService from "./service"

export const STAMP_MODULE = "stamp"

/** Serialised OCOP stamps: batches of unguessable codes for a certification, and every check of each code. */
export default Module(STAMP_MODULE, {
  service: StampModuleService,
})
