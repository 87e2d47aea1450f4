import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type { OrderGroupPaymentMode } from "../../../modules/marketplace/models/order-group"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export type CreateOrderGroupInput = {
  display_id: number
  cart_id: string | null
  customer_id: string | null
  email: string | null
  currency_code: string
  parcel_count: number
  payment_mode: OrderGroupPaymentMode
  item_total: number
  shipping_total: number
  total: number
}

/** The purchase records; undone with the orders if the completion fails later. */
export const createOrderGroupsStep = createStep(
  "ocop-create-order-groups",
  async (input: CreateOrderGroupInput[], { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const groups = await marketplace.createOrderGroups(input)
    return new StepResponse(groups, groups.map((group) => group.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteOrderGroups(ids)
  }
)
