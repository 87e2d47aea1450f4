import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { PARCELS_CONTEXT_KEY, parcelDeliveryPrice } from "../../orders/parcel-pricing"

/**
 * Home delivery priced per parcel: a cart holding the products of three producers is three parcels, each
 * packed and handed to a courier by its producer, so it costs the zone's price three times. The option's
 * `data.parcel_price` is the zone's price for one parcel; the number of parcels reaches `calculatePrice` through
 * the pricing context that the plugin's hook on Medusa's shipping-price workflows adds
 * (workflows/hooks/parcel-shipping-price.ts), and the split of the order uses the same count, so the cart and
 * its orders charge the same. Handing over is arranged by hand, as with Medusa's manual provider.
 */
export default class ParcelDeliveryProviderService extends AbstractFulfillmentProviderService {
  static override identifier = "parcel"

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: "home-delivery-per-parcel" }, { id: "home-delivery-return", is_return: true }]
  }

  override async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>): Promise<any> {
    return data
  }

  override async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return Number.isInteger(Number(data.parcel_price)) && Number(data.parcel_price) >= 0
  }

  override async canCalculate(): Promise<boolean> {
    return true
  }

  override async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const parcels = (context as Record<string, unknown>)[PARCELS_CONTEXT_KEY]
    // Never a guess: without the count a cart of three parcels would be charged for one.
    if (typeof parcels !== "number") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "the number of parcels is missing from the shipping price context")
    }
    return {
      calculated_amount: parcelDeliveryPrice(Number(optionData.parcel_price), parcels),
      is_calculated_price_tax_inclusive: true,
    }
  }

  override async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  override async cancelFulfillment(): Promise<any> {
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
