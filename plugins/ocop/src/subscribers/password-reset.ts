import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { passwordResetMail } from "../notifications/mails"

type ResetPayload = { entity_id: string; actor_type: string; token: string }

/** Medusa makes the token (POST /auth/customer/emailpass/reset-password); this mails the shopper the link. */
export default async function mailPasswordReset({ event, container }: SubscriberArgs<ResetPayload>) {
  // Admin users reset through Medusa's admin, which has its own page; shoppers through the storefront.
  if (event.data.actor_type !== "customer") return
  const mail = passwordResetMail(event.data.entity_id, event.data.token)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: event.data.entity_id,
    channel: "email",
    template: "ocop-password-reset",
    trigger_type: event.name,
    resource_type: "auth_identity",
    data: { subject: mail.subject, text: mail.text, link: mail.link },
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
  context: { subscriberId: "ocop-mail-password-reset" },
}
