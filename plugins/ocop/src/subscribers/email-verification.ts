import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CustomerEvents } from "../customers/events"
import { VERIFICATION_LINK_HOURS, signVerificationLink } from "../customers/email-verification"
import { emailVerificationMail } from "../notifications/mails"

/**
 * Mails the verification link when an account is registered (Medusa's `customer.created`; the customers
 * Medusa makes for guests at checkout have no account and get none) and when the customer asks again.
 */
export default async function mailEmailVerification({ event, container }: SubscriberArgs<{ id?: string; customer_id?: string }>) {
  const customerId = event.data.customer_id ?? event.data.id
  if (!customerId) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email", "has_account"], filters: { id: customerId } })
  const customer = data[0] as { id: string; email: string | null; has_account: boolean } | undefined
  if (!customer?.has_account || !customer.email) return
  const mail = emailVerificationMail(signVerificationLink(container, { id: customer.id, email: customer.email }).token, VERIFICATION_LINK_HOURS)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: customer.email,
    channel: "email",
    template: "ocop-email-verification",
    trigger_type: event.name,
    resource_id: customer.id,
    resource_type: "customer",
    data: { subject: mail.subject, text: mail.text, link: mail.link },
  })
}

export const config: SubscriberConfig = {
  event: ["customer.created", CustomerEvents.EMAIL_VERIFICATION_REQUESTED],
  context: { subscriberId: "ocop-mail-email-verification" },
}
