import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { MarketplaceEvents } from "../producers/events"
import { INVITE_DAYS, signInviteLink, type InviteRow } from "../producers/invites"
import { producerInviteMail } from "../notifications/mails"

/** Mails an invitation's link to the invited e-mail (the link is made here, from the invite; never stored). */
export default async function mailProducerInvite({ event, container }: SubscriberArgs<{ id: string }>) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [invite] = (await marketplace.listProducerInvites({ id: event.data.id })) as InviteRow[]
  if (!invite || invite.accepted_at || invite.revoked_at) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id", "name"], filters: { id: invite.producer_id } })
  const producer = data[0] as { name: string } | undefined
  if (!producer) return
  const mail = producerInviteMail({ producerName: producer.name, role: invite.role, token: signInviteLink(container, invite), days: INVITE_DAYS })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: invite.email,
    channel: "email",
    template: "ocop-producer-invite",
    trigger_type: event.name,
    resource_id: invite.id,
    resource_type: "producer_invite",
    data: { subject: mail.subject, text: mail.text, link: mail.link },
  })
}

export const config: SubscriberConfig = {
  event: MarketplaceEvents.INVITE_CREATED,
  context: { subscriberId: "ocop-mail-producer-invite" },
}
