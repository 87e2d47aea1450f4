import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ParcelDeliveryProviderService from "./service"

/** Registered in medusa-config.ts as the fulfillment provider `parcel_ocop` (identifier "parcel", id "ocop"). */
export default ModuleProvider(Modules.FULFILLMENT, { services: [ParcelDeliveryProviderService] })
