import { MedusaService } from "@medusajs/framework/utils"
import { ProducerInvite } from "./models/producer-invite"
import { ProducerMember } from "./models/producer-member"

/** Producer members and their invitations; the rules of who may do what live in the workflows. */
export default class MarketplaceModuleService extends MedusaService({ ProducerMember, ProducerInvite }) {}
