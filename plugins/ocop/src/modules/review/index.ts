import { Module } from "@medusajs/framework/utils"
import ReviewModuleService from "./service"

export const REVIEW_MODULE = "review"

/** Buyers' reviews of the products they received, the programme's moderation and the producers' answers. */
export default Module(REVIEW_MODULE, {
  service: ReviewModuleService,
})
