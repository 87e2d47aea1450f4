import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { FairEvents } from "../fairs/events"
import { loadLead } from "../fairs/leads"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { tradeLeadMail, tradeLeadReceivedMail, type TradeLeadMailInput } from "../notifications/trade-lead-mails"

/**
 * A buyer left an enquiry: each member of the producer's team gets it by mail (the producer's own e-mail when it
 * has no one in the seller portal yet), and the buyer, when she left an e-mail, a copy of what was sent.
 */
export default async function mailTradeLead({ event, container }: SubscriberArgs<{ id: string }>) {
  const lead = await loadLead(container, event.data.id)
  if (!lead?.producer) return
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const members = await marketplace.listProducerMembers({ producer_id: lead.producer.id, removed_at: null }, { select: ["email"] })
  let recipients = members.map((member) => member.email)
  if (!recipients.length) {
    const [producer] = await container.resolve<OcopModuleService>(OCOP_MODULE).listProducers({ id: lead.producer.id }, { select: ["email"] })
    recipients = producer?.email ? [producer.email] : []
  }
  const input: TradeLeadMailInput = {
    id: lead.id,
    producer: lead.producer.name,
    buyer_name: lead.buyer_name,
    organisation: lead.organisation,
    phone: lead.phone,
    email: lead.email,
    market: lead.market,
    quantity: lead.quantity,
    note: lead.note,
    product: lead.product?.title ?? null,
    fair: lead.fair?.name ?? null,
    booth: lead.booth?.number ?? null,
    locale: lead.locale,
  }
  const notifications = container.resolve(Modules.NOTIFICATION)
  const mail = tradeLeadMail(input)
  const common = { channel: "email", trigger_type: event.name, resource_id: lead.id, resource_type: "trade_lead" }
  const outgoing = [...new Set(recipients)].map((to) => ({
    ...common,
    to,
    template: "ocop-trade-lead",
    data: { subject: mail.subject, text: mail.text, link: mail.link },
  }))
  if (lead.email) {
    const copy = tradeLeadReceivedMail(input)
    outgoing.push({ ...common, to: lead.email, template: "ocop-trade-lead-received", data: { subject: copy.subject, text: copy.text, link: "" } })
  }
  if (outgoing.length) await notifications.createNotifications(outgoing)
}

export const config: SubscriberConfig = {
  event: FairEvents.TRADE_LEAD_CREATED,
  context: { subscriberId: "ocop-mail-trade-lead" },
}
