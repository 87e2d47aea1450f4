import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { CustomerEvents } from "../customers/events"
import { passwordChangedMail } from "../notifications/mails"

/** Tells the account's owner her password changed, so a change she did not make does not go unnoticed. */
export default async function mailPasswordChanged({ event, container }: SubscriberArgs<{ customer_id: string; email: string }>) {
  const mail = passwordChangedMail()
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: event.data.email,
    channel: "email",
    template: "ocop-password-changed",
    trigger_type: event.name,
    resource_id: event.data.customer_id,
    resource_type: "customer",
    data: { subject: mail.subject, text: mail.text, link: mail.link },
  })
}

export const config: SubscriberConfig = {
  event: CustomerEvents.PASSWORD_CHANGED,
  context: { subscriberId: "ocop-mail-password-changed" },
}
