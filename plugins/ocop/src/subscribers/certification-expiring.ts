import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PROGRAMME_MODULE } from "../modules/programme"
import type ProgrammeModuleService from "../modules/programme/service"
import { renewalReminderMail } from "../notifications/mails"

type ExpiringPayload = {
  id: string
  product_id: string
  expires_at: string
  /** 90, 30 or 7 from the daily sweep; null when the programme officer sent it from the certificates list. */
  stage?: number | null
  /** The claimed reminder (modules/programme) this mail fulfils. */
  reminder_id?: string
}

/**
 * A reminder to renew, mailed through Medusa's notification module to the producer's contact e-mail and to every
 * member of its team in the seller portal (the local provider records it; a real e-mail provider is
 * configuration). The reminder was claimed before the event was emitted, so each goes out once.
 */
export default async function remindProducerOfExpiry({ event, container }: SubscriberArgs<ExpiringPayload>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "producer.id", "producer.name", "producer.email", "certifications.id", "certifications.certificate_no"],
    filters: { id: event.data.product_id },
  })
  const product = data[0] as any
  if (!product?.producer) return
  const { data: members } = await query.graph({
    entity: "producer_member",
    fields: ["email"],
    filters: { producer_id: product.producer.id, removed_at: null },
  })
  const recipients = [...new Set([product.producer.email, ...(members as { email: string }[]).map((m) => m.email)].filter(Boolean).map((e: string) => e.toLowerCase()))]
  const certificate = (product.certifications ?? []).find((c: any) => c?.id === event.data.id)
  const mail = renewalReminderMail({
    producerName: product.producer.name,
    productTitle: product.title,
    certificateNo: certificate?.certificate_no ?? null,
    expiresAt: event.data.expires_at,
    now: new Date(),
  })
  const occasion = event.data.reminder_id ?? `stage-${event.data.stage ?? "?"}`
  if (recipients.length) {
    await container.resolve(Modules.NOTIFICATION).createNotifications(
      recipients.map((to) => ({
        to,
        channel: "email",
        template: "ocop-certification-expiring",
        trigger_type: event.name,
        resource_id: event.data.id,
        resource_type: "ocop_certification",
        idempotency_key: `ocop-expiring-${event.data.id}-${occasion}-${to}`,
        data: {
          subject: mail.subject,
          text: mail.text,
          producer_name: product.producer.name,
          product_title: product.title,
          certificate_no: certificate?.certificate_no ?? null,
          expires_at: event.data.expires_at,
          days_left: mail.days,
          stage: event.data.stage ?? null,
        },
      }))
    )
  }
  if (event.data.reminder_id) {
    const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
    await programme.updateCertificationReminders({ id: event.data.reminder_id, sent_to: recipients, sent_at: new Date() })
  }
}

export const config: SubscriberConfig = {
  event: "ocop.certification.expiring",
  context: { subscriberId: "ocop-remind-producer-of-expiry" },
}
