import { MedusaService } from "@medusajs/framework/utils"
import { CommissionLine } from "./models/commission-line"
import { CommissionRate } from "./models/commission-rate"
import { OrderGroup } from "./models/order-group"
import { Payout } from "./models/payout"
import { PayoutAccount } from "./models/payout-account"
import { ProducerInvite } from "./models/producer-invite"
import { ProducerMember } from "./models/producer-member"
import { ProducerOrder } from "./models/producer-order"
import { ProductChangeRequest } from "./models/product-change-request"

/**
 * Producer members and their invitations; purchases (order groups), the commission on each order line and the
 * producers' own rates; each producer's order list; the accounts producers are paid into and the payouts made; producers' changes to certified products waiting for the programme's review. The rules of who may do what live in the workflows.
 */
export default class MarketplaceModuleService extends MedusaService({
  ProducerMember,
  ProducerInvite,
  OrderGroup,
  CommissionLine,
  CommissionRate,
  ProducerOrder,
  PayoutAccount,
  Payout,
  ProductChangeRequest,
}) {}
