import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../modules/ocop"
import { findOldDistrict, oldDistrictOf } from "../../../../modules/ocop/places/old-districts"
import type OcopModuleService from "../../../../modules/ocop/service"
import { PROGRAMME_MODULE } from "../../../../modules/programme"
import type ProgrammeModuleService from "../../../../modules/programme/service"
import { CERTIFICATION_WITH_PRODUCT_FIELDS, shapeCertificationWithProduct, stateFilter } from "./helpers"
import type { AdminListedCertification } from "./types"
import { DEFAULT_EXPIRING_DAYS, type AdminListCertificationsType } from "./validators"

const DAY_MS = 24 * 60 * 60 * 1000
type Row = Record<string, any>
type Pagination = { skip: number; take: number; order?: Record<string, string> }

const PRODUCER_FIELDS = ["id", "name", "handle", "entity_type", "address_as_certified", "email"]

/**
 * The certificates list of the programme office: rules.ts' states as database filters (plus `expiring`: valid,
 * within N days of its end and not renewed), stars, group, criteria version, certificate or decision number, and
 * the producer or old district, which live across the product link and are turned into certification ids first.
 * Pages in the database; each row carries its product, producer, old district, the renewal that followed it and
 * the last reminder sent.
 */
export async function listAdminCertifications(
  container: MedusaContainer,
  params: AdminListCertificationsType,
  pagination: Pagination,
  now: Date
): Promise<{ certifications: AdminListedCertification[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const window = params.expires_within ?? (params.state === "expiring" ? DEFAULT_EXPIRING_DAYS : undefined)
  if (window && params.state && params.state !== "valid" && params.state !== "expiring") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "expires_within chỉ đi với chứng nhận còn hiệu lực (state=valid hoặc expiring) / expires_within goes with state=valid or expiring"
    )
  }
  const filters: Row = stateFilter(params.state === "expiring" || window ? "valid" : params.state, now)
  if (window) filters.expires_at = { $gt: now, $lte: new Date(now.getTime() + window * DAY_MS) }
  if (params.stars?.length) filters.stars = params.stars
  if (params.group) filters.group_code = params.group
  if (params.criteria_version) filters.criteria_version = params.criteria_version
  if (params.q) {
    const prefix = `${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ certificate_no: { $ilike: prefix } }, { decision_no: { $ilike: prefix } }]
  }

  // Certification ids the cross-link filters allow; undefined when none applies.
  let allowed: Set<string> | undefined
  const narrow = (ids: string[]) => {
    allowed = allowed ? new Set(ids.filter((id) => allowed!.has(id))) : new Set(ids)
  }
  if (params.product_id) {
    const { data } = await query.graph({ entity: "product", fields: ["certifications.id"], filters: { id: params.product_id } })
    narrow(certificationIdsOf(data))
  }
  if (params.producer || params.district) {
    const producerFilters: Row = {}
    if (params.producer) producerFilters.$or = [{ id: params.producer }, { handle: params.producer }]
    const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "address_as_certified"], filters: producerFilters })
    const district = params.district ? findOldDistrict(params.district)! : undefined
    const chosen = (producers as Row[]).filter((p) => !district || oldDistrictOf(p.address_as_certified)?.code === district.code)
    const { data } = chosen.length
      ? await query.graph({ entity: "producer", fields: ["products.certifications.id"], filters: { id: chosen.map((p) => p.id) } })
      : { data: [] }
    narrow((data as Row[]).flatMap((p) => certificationIdsOf(p.products ?? [])))
  }
  // A certificate already renewed needs no renewal: `expiring` lists the ones still waiting for one.
  const renewed = params.state === "expiring" ? await renewedIds(ocop) : []
  if (allowed) {
    const ids = [...allowed].filter((id) => !renewed.includes(id))
    if (!ids.length) return { certifications: [], count: 0 }
    filters.id = ids
  } else if (renewed.length) {
    filters.id = { $nin: renewed }
  }

  const { data, metadata } = await query.graph({
    entity: "certification",
    fields: [...CERTIFICATION_WITH_PRODUCT_FIELDS, ...PRODUCER_FIELDS.map((f) => `product.producer.${f}`)],
    filters,
    pagination,
  })
  const pageIds = (data as Row[]).map((c) => c.id as string)
  const [renewals, reminders] = pageIds.length
    ? await Promise.all([
        ocop.listCertifications({ renews_id: pageIds, revoked_at: null }, { select: ["id", "renews_id"], take: null }),
        (container.resolve(PROGRAMME_MODULE) as ProgrammeModuleService).listCertificationReminders(
          { certification_id: pageIds },
          { select: ["certification_id", "key", "stage", "sent_at", "created_at"], order: { created_at: "ASC" }, take: null }
        ),
      ])
    : [[], []]
  const renewedBy = new Map(renewals.map((r) => [r.renews_id as string, r.id]))
  const lastReminder = new Map(reminders.map((r) => [r.certification_id, r]))
  return {
    certifications: (data as Row[]).map((cert) => {
      const producer = cert.product?.producer as Row | undefined
      const district = producer ? oldDistrictOf(producer.address_as_certified) : undefined
      const reminder = lastReminder.get(cert.id)
      return {
        ...shapeCertificationWithProduct(cert, now),
        producer: producer
          ? { id: producer.id, name: producer.name, handle: producer.handle, entity_type: producer.entity_type, email: producer.email ?? null }
          : null,
        district: district ? { code: district.code, name: `${district.kind} ${district.name}` } : null,
        renewed_by: renewedBy.get(cert.id) ?? null,
        last_reminder: reminder
          ? { key: reminder.key, stage: reminder.stage ?? null, sent_at: reminder.sent_at ? new Date(reminder.sent_at).toISOString() : null, created_at: new Date(reminder.created_at).toISOString() }
          : null,
      }
    }),
    count: metadata!.count,
  }
}

function certificationIdsOf(products: Row[]): string[] {
  return products.flatMap((p) => ((p?.certifications ?? []) as Row[]).filter(Boolean).map((c) => c.id as string))
}

async function renewedIds(ocop: OcopModuleService): Promise<string[]> {
  const renewals = await ocop.listCertifications({ renews_id: { $ne: null }, revoked_at: null }, { select: ["renews_id"], take: null })
  return [...new Set(renewals.map((r) => r.renews_id as string))]
}
