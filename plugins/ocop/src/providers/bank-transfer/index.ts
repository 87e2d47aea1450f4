import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import BankTransferProviderService from "./service"

/** Registered in medusa-config.ts as `pp_bank-transfer_vietqr` (identifier "bank-transfer", id "vietqr"). */
export default ModuleProvider(Modules.PAYMENT, { services: [BankTransferProviderService] })
