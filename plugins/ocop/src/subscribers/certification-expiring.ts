import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type ExpiringPayload = { id: string; product_id: string; expires_at: string }

/**
 * Thirty days before a certificate expires, its producer is reminded to apply for renewal, through Medusa's
 * notification module (the local provider records it; a real e-mail provider is configuration).
 */
export default async function remindProducerOfExpiry({ event, container }: SubscriberArgs<ExpiringPayload>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "producer.name", "producer.email", "certifications.id", "certifications.certificate_no"],
    filters: { id: event.data.product_id },
  })
  const product = data[0] as any
  const email = product?.producer?.email
  if (!email) return
  const certificate = (product.certifications ?? []).find((c: any) => c?.id === event.data.id)
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications({
    to: email,
    channel: "email",
    template: "ocop-certification-expiring",
    trigger_type: event.name,
    resource_id: event.data.id,
    resource_type: "ocop_certification",
    idempotency_key: `ocop-expiring-${event.data.id}`,
    data: {
      producer_name: product.producer.name,
      product_title: product.title,
      certificate_no: certificate?.certificate_no ?? null,
      expires_at: event.data.expires_at,
    },
  })
}

export const config: SubscriberConfig = {
  event: "ocop.certification.expiring",
  context: { subscriberId: "ocop-remind-producer-of-expiry" },
}
