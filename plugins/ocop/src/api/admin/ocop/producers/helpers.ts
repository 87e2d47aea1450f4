import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../utils/not-found"
import { PRODUCT_REF_FIELDS } from "../products/query-config"
import { PRODUCER_FIELDS } from "./query-config"

/** A producer with its products, as its admin page shows it. */
export async function loadProducer(container: MedusaContainer, id: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: [...PRODUCER_FIELDS, ...PRODUCT_REF_FIELDS.map((f) => `products.${f}`)],
    filters: { id },
  })
  const producer = data[0] as Record<string, any> | undefined
  if (!producer) notFound("chủ thể", "producer", id)
  return { ...producer, products: (producer.products ?? []).filter(Boolean) }
}
