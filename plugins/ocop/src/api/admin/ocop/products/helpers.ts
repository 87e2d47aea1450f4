import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../modules/ocop"
import { currentCertification } from "../../../../modules/ocop/rules"
import type OcopModuleService from "../../../../modules/ocop/service"
import { notFound } from "../../../utils/not-found"
import { newestFirst, shapeCertification } from "../certifications/helpers"
import { CERTIFICATION_FIELDS } from "../certifications/query-config"
import { PRODUCT_REF_FIELDS } from "./query-config"
import type { AdminProductOcop } from "./types"

type Row = Record<string, any>

/**
 * A product's OCOP side, for the widget on its admin page: the certification that speaks for it (rules.ts'
 * `currentCertification`) with its state, every certification newest first, its producer and sales points,
 * and whether the store lists it right now.
 */
export async function loadProductOcop(container: MedusaContainer, id: string, now = new Date()): Promise<AdminProductOcop> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      ...PRODUCT_REF_FIELDS,
      ...CERTIFICATION_FIELDS.map((f) => `certifications.${f}`),
      ...["id", "handle", "name", "entity_type", "province_code", "address_as_certified"].map((f) => `producer.${f}`),
      ...["id", "handle", "name", "type", "active"].map((f) => `sales_points.${f}`),
    ],
    filters: { id },
  })
  const product = data[0] as Row | undefined
  if (!product) notFound("sản phẩm", "product", id)
  const raw = (product.certifications ?? []).filter(Boolean) as Row[]
  const current = currentCertification(raw as any[], now) as Row | undefined
  const certifications = raw.map((cert) => shapeCertification(cert, product.id, now)).sort(newestFirst)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const { rows } = await ocop.listCatalogue({ now, product_handles: [product.handle] }, { limit: 1, offset: 0 })
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    status: product.status,
    thumbnail: product.thumbnail ?? null,
    current_certification: current ? certifications.find((c) => c.id === current.id)! : null,
    certifications,
    producer: product.producer ?? null,
    sales_points: (product.sales_points ?? []).filter(Boolean),
    listed: rows.length > 0,
  }
}
