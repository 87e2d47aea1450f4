import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refuseCartNotReadyToPlace } from "../../hooks/sell-only-certified"

/** The checkout's rules (certified items only, a deliverable address, a way to hand over), before anything is written. */
export const refuseUnreadyCartStep = createStep("ocop-refuse-unready-cart", async (input: { cart: any }, { container }) => {
  await refuseCartNotReadyToPlace(container, input.cart)
  return new StepResponse(undefined)
})
