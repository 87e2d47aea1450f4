/**
 * Trade leads as the admin and the seller portal show them: the lead with the names of its producer, fair, booth
 * and product (each module answers its own part; no join across modules in SQL), and on one lead its history.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../modules/fair"
import type { TradeLeadSource, TradeLeadStatus } from "../modules/fair/lead-status"
import type FairModuleService from "../modules/fair/service"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

export type LeadFilters = {
  producer_id?: string
  fair_id?: string
  status?: TradeLeadStatus
  source?: TradeLeadSource
  q?: string
}

export type LeadView = {
  id: string
  status: TradeLeadStatus
  source: TradeLeadSource
  buyer_name: string
  organisation: string | null
  phone: string | null
  email: string | null
  market: string | null
  quantity: string | null
  note: string | null
  locale: "vi" | "en"
  contract_value: number | null
  created_at: string
  status_changed_at: string
  producer: { id: string; handle: string; name: string } | null
  fair: { id: string; handle: string; name: string } | null
  booth: { id: string; number: string } | null
  product: { id: string; handle: string; title: string } | null
}

export type LeadEventView = {
  id: string
  status: TradeLeadStatus
  from_status: TradeLeadStatus | null
  note: string | null
  contract_value: number | null
  actor: string
  created_at: string
}

const iso = (value: Date | string) => new Date(value).toISOString()
const amount = (value: unknown) => (value == null ? null : Number(value))

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** The fair module's filters for a list: a buyer's name, organisation, phone or e-mail for `q`. */
export function leadFilters({ q, ...filters }: LeadFilters) {
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined))
  const text = q?.trim()
  if (text) {
    const like = `%${escapeLike(text)}%`
    out.$or = [{ buyer_name: { $ilike: like } }, { organisation: { $ilike: like } }, { phone: { $ilike: like } }, { email: { $ilike: like } }]
  }
  return out
}

/** One page of leads, newest first, with the names a person reads them by. */
export async function listLeads(container: MedusaContainer, filters: LeadFilters, page: { limit: number; offset: number }) {
  const fairs: FairModuleService = container.resolve(FAIR_MODULE)
  const [rows, count] = await fairs.listAndCountTradeLeads(leadFilters(filters), {
    order: { created_at: "DESC", id: "DESC" },
    take: page.limit,
    skip: page.offset,
  })
  return { leads: await describeLeads(container, rows), count }
}

/** Every lead the filters match, for the CSV: read in pages so a large fair does not hold one huge query. */
export async function allLeads(container: MedusaContainer, filters: LeadFilters): Promise<LeadView[]> {
  const out: LeadView[] = []
  for (let offset = 0; ; offset += 500) {
    const { leads, count } = await listLeads(container, filters, { limit: 500, offset })
    out.push(...leads)
    if (offset + 500 >= count) return out
  }
}

/** One lead with its history, or null (another producer's when `producer_id` is given: as if absent). */
export async function loadLead(container: MedusaContainer, id: string, producerId?: string) {
  const fairs: FairModuleService = container.resolve(FAIR_MODULE)
  const [row] = await fairs.listTradeLeads({ id, ...(producerId ? { producer_id: producerId } : {}) })
  if (!row) return null
  const [[lead], events] = await Promise.all([
    describeLeads(container, [row]),
    fairs.listTradeLeadEvents({ trade_lead_id: id }, { order: { created_at: "ASC", id: "ASC" } }),
  ])
  return {
    ...lead!,
    events: events.map(
      (event): LeadEventView => ({
        id: event.id,
        status: event.status as TradeLeadStatus,
        from_status: (event.from_status as TradeLeadStatus | null) ?? null,
        note: event.note,
        contract_value: amount(event.contract_value),
        actor: event.actor,
        created_at: iso(event.created_at),
      })
    ),
  }
}

async function describeLeads(container: MedusaContainer, rows: any[]): Promise<LeadView[]> {
  if (!rows.length) return []
  const unique = (key: string) => [...new Set(rows.map((row) => row[key]).filter(Boolean) as string[])]
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const fairs: FairModuleService = container.resolve(FAIR_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [producerIds, fairIds, boothIds, productIds] = [unique("producer_id"), unique("fair_id"), unique("booth_id"), unique("product_id")]
  const [producers, fairRows, booths, products] = await Promise.all([
    producerIds.length ? ocop.listProducers({ id: producerIds }, { select: ["id", "handle", "name"], withDeleted: true }) : [],
    fairIds.length ? fairs.listFairs({ id: fairIds }, { select: ["id", "handle", "name"], withDeleted: true }) : [],
    boothIds.length ? fairs.listBooths({ id: boothIds }, { select: ["id", "number"], withDeleted: true }) : [],
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "handle", "title"], filters: { id: productIds } }).then((r) => r.data as any[])
      : [],
  ])
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]))
  const [producerOf, fairOf, boothOf, productOf] = [byId(producers as any[]), byId(fairRows as any[]), byId(booths as any[]), byId(products)]
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    source: row.source,
    buyer_name: row.buyer_name,
    organisation: row.organisation,
    phone: row.phone,
    email: row.email,
    market: row.market,
    quantity: row.quantity,
    note: row.note,
    locale: row.locale,
    contract_value: amount(row.contract_value),
    created_at: iso(row.created_at),
    status_changed_at: iso(row.status_changed_at),
    producer: pick(producerOf.get(row.producer_id), ["id", "handle", "name"]),
    fair: pick(fairOf.get(row.fair_id), ["id", "handle", "name"]),
    booth: pick(boothOf.get(row.booth_id), ["id", "number"]),
    product: pick(productOf.get(row.product_id), ["id", "handle", "title"]),
  }))
}

function pick<T extends Record<string, any>, K extends string>(record: T | undefined, keys: K[]): { [key in K]: string } | null {
  if (!record) return null
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as unknown as { [key in K]: string }
}
