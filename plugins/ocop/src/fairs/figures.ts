/**
 * The trade-promotion figures of plan 76/KH-UBND, for the organiser and the programme's dashboard:
 *
 * - `producers_in_trade_promotion_percent`: of the OCOP producers (those with a product a shopper may see now,
 *   and those that showed at a fair this year), the share that had a booth at a fair of the year that has opened;
 * - `promoted_products_with_contracts_percent`: of the products shown at those booths, the share with a buyer's
 *   lead that reached a memorandum or a contract (its history, so a contract after a memorandum counts once and a
 *   memorandum later dropped still happened). A lead names its product, or, from a booth without naming one,
 *   counts for every product that booth showed: the memorandum was signed over the booth's range.
 *
 * The year is Vietnam's calendar year of a fair's first day. Per fair: booths, exhibitors, leads by status,
 * memoranda and contracts (count and value), the scans of its QR codes (per booth) and the orders attributed to it
 * (those whose metadata names it: src/fairs/referral.ts), with their value. Pure aggregation over what the modules
 * answer; the clock is passed in.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../modules/fair"
import { byBoothNumber } from "../modules/fair/booth-number"
import { amount } from "../orders/amount"
import { FAIR_BOOTH_KEY, FAIR_HANDLE_KEY } from "./referral"
import { reachedAgreement, TRADE_LEAD_STATUSES, type TradeLeadStatus } from "../modules/fair/lead-status"
import type FairModuleService from "../modules/fair/service"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

export type FairFigures = {
  booths: number
  exhibitors: number
  leads: Record<TradeLeadStatus, number> & { total: number }
  memoranda: number
  contracts: { count: number; value: number }
  /** Scans of the booths' and products' QR codes, each network counted once per code per 30 minutes. */
  scans: { total: number; by_booth: { booth_id: string; number: string; scans: number }[] }
  /** Orders placed after a visit from the fair's codes (not cancelled), and their value in đồng with delivery. */
  orders: { count: number; value: number; by_booth: { number: string; count: number; value: number }[] }
}

export type PromotionFigures = {
  year: number
  fairs: number
  producers: { ocop: number; took_part: number }
  promoted_products: { shown: number; with_memorandum_or_contract: number }
  contracts: { count: number; value: number }
  /** The metric codes of the programme's targets (seed/data/programme-targets.json), in percent, one decimal. */
  producers_in_trade_promotion_percent: number | null
  promoted_products_with_contracts_percent: number | null
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null)

type LeadRow = { id: string; fair_id: string | null; booth_id: string | null; product_id: string | null; status: TradeLeadStatus; contract_value: unknown }

async function leadsWithHistory(fairs: FairModuleService, filters: Record<string, unknown>) {
  const leads = (await fairs.listTradeLeads(filters, { select: ["id", "fair_id", "booth_id", "product_id", "status", "contract_value"] })) as LeadRow[]
  const events = leads.length
    ? await fairs.listTradeLeadEvents({ trade_lead_id: leads.map((lead) => lead.id) }, { select: ["trade_lead_id", "status"] })
    : []
  const history = new Map<string, TradeLeadStatus[]>()
  for (const event of events as any[]) history.set(event.trade_lead_id, [...(history.get(event.trade_lead_id) ?? []), event.status])
  return leads.map((lead) => ({ ...lead, history: history.get(lead.id) ?? [lead.status] }))
}

function emptyCounts() {
  return { ...Object.fromEntries(TRADE_LEAD_STATUSES.map((s) => [s, 0])), total: 0 } as FairFigures["leads"]
}

/** Figures of each fair asked for. */
export async function fairFigures(container: MedusaContainer, fairIds: string[]): Promise<Map<string, FairFigures>> {
  const out = new Map<string, FairFigures>()
  if (!fairIds.length) return out
  const fairs: FairModuleService = container.resolve(FAIR_MODULE)
  const [booths, leads, scans, rows] = await Promise.all([
    fairs.listBooths({ fair_id: fairIds }, { select: ["id", "number", "fair_id", "producer_id"] }),
    leadsWithHistory(fairs, { fair_id: fairIds }),
    fairs.countScans(fairIds),
    fairs.listFairs({ id: fairIds }, { select: ["id", "handle"] }),
  ])
  const handleOf = new Map(rows.map((fair) => [fair.id, fair.handle]))
  const orders = await attributedOrders(container, [...handleOf.values()])
  for (const id of fairIds) {
    const own = (booths as any[]).filter((b) => b.fair_id === id)
    const figures: FairFigures = {
      booths: own.length,
      exhibitors: new Set(own.map((b) => b.producer_id)).size,
      leads: emptyCounts(),
      memoranda: 0,
      contracts: { count: 0, value: 0 },
      scans: { total: 0, by_booth: [] },
      orders: { count: 0, value: 0, by_booth: [] },
    }
    const numberOf = new Map(own.map((b) => [b.id as string, b.number as string]))
    for (const row of scans.filter((s) => s.fair_id === id)) {
      figures.scans.total += row.scans
      figures.scans.by_booth.push({ booth_id: row.booth_id, number: numberOf.get(row.booth_id) ?? "?", scans: row.scans })
    }
    figures.scans.by_booth.sort(byBoothNumber)
    const byBooth = new Map<string, { number: string; count: number; value: number }>()
    for (const order of orders.filter((o) => o.fair_handle === handleOf.get(id))) {
      figures.orders.count += 1
      figures.orders.value += order.total
      const booth = byBooth.get(order.fair_booth) ?? { number: order.fair_booth, count: 0, value: 0 }
      booth.count += 1
      booth.value += order.total
      byBooth.set(order.fair_booth, booth)
    }
    figures.orders.by_booth = [...byBooth.values()].sort(byBoothNumber)
    for (const lead of leads.filter((l) => l.fair_id === id)) {
      figures.leads[lead.status] += 1
      figures.leads.total += 1
      if (lead.history.includes("memorandum_signed")) figures.memoranda += 1
      if (lead.status === "contract_signed") {
        figures.contracts.count += 1
        figures.contracts.value += Number(lead.contract_value ?? 0)
      }
    }
    out.set(id, figures)
  }
  return out
}

/**
 * The orders whose metadata names one of these fairs (written on the cart by POST /store/ocop/carts/:id/fair and
 * copied onto each order of the purchase), not cancelled, with their totals. Medusa's order filters cannot
 * reach into JSON, so the ids come from the order table by its metadata; the totals from the order module.
 */
async function attributedOrders(container: MedusaContainer, handles: string[]) {
  if (!handles.length) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string; fair_handle: string; fair_booth: string | null }[] = await knex("order")
    .select("id", knex.raw(`metadata->>'${FAIR_HANDLE_KEY}' as fair_handle`), knex.raw(`metadata->>'${FAIR_BOOTH_KEY}' as fair_booth`))
    .whereRaw(`metadata->>'${FAIR_HANDLE_KEY}' in (${handles.map(() => "?").join(", ")})`, handles)
    .whereNull("deleted_at")
    .whereNotIn("status", ["canceled", "draft"])
  if (!rows.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "total"], filters: { id: rows.map((row) => row.id) } })
  const totalOf = new Map((data as any[]).map((order) => [order.id as string, amount(order.total)]))
  return rows.map((row) => ({ fair_handle: row.fair_handle, fair_booth: row.fair_booth ?? "?", total: totalOf.get(row.id) ?? 0 }))
}

/** Vietnam's calendar year `year` as instants: [1 January 00:00, next 1 January 00:00) at UTC+7. */
export function vietnamYear(year: number) {
  return { from: new Date(Date.UTC(year, 0, 1) - VIETNAM_OFFSET_MS), to: new Date(Date.UTC(year + 1, 0, 1) - VIETNAM_OFFSET_MS) }
}

export function vietnamYearOf(now: Date) {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).getUTCFullYear()
}

/**
 * Who and what took part in trade promotion at the published fairs that opened within [from, to) and by `now`:
 * the exhibiting producers, the products their booths showed, and those of them with a buyer's lead that reached
 * a memorandum or a contract. The organiser's figures (promotionFigures) and the programme's dashboard
 * (programme/fair-figures.ts) both count from this.
 */
export async function tradePromotionIn(container: MedusaContainer, { from, to }: { from: Date; to: Date }, now: Date = to) {
  const fairs: FairModuleService = container.resolve(FAIR_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const opened = await fairs.listFairs({ published: true, starts_at: { $gte: from, $lt: to, $lte: now } }, { select: ["id"] })
  const fairIds = opened.map((fair) => fair.id)
  const { data: booths } = fairIds.length
    ? await query.graph({ entity: "booth", fields: ["id", "producer_id", "products.id"], filters: { fair_id: fairIds } })
    : { data: [] as any[] }
  const shownBy = new Map<string, string[]>()
  for (const booth of booths as any[]) shownBy.set(booth.id, ((booth.products ?? []) as any[]).filter(Boolean).map((p) => p.id))
  const exhibitors = new Set((booths as any[]).map((b) => b.producer_id as string))
  const shown = new Set([...shownBy.values()].flat())

  const agreed = new Set<string>()
  const contracts = { count: 0, value: 0 }
  for (const lead of fairIds.length ? await leadsWithHistory(fairs, { fair_id: fairIds }) : []) {
    if (lead.status === "contract_signed") {
      contracts.count += 1
      contracts.value += Number(lead.contract_value ?? 0)
    }
    if (!reachedAgreement(lead.history)) continue
    const products = lead.product_id ? [lead.product_id] : lead.booth_id ? shownBy.get(lead.booth_id) ?? [] : []
    for (const id of products) if (shown.has(id)) agreed.add(id)
  }
  return { fairs: fairIds.length, exhibitors: [...exhibitors], shown: [...shown], agreed: [...agreed], contracts }
}

/** The programme's two trade-promotion figures for a year, as of `now`. */
export async function promotionFigures(container: MedusaContainer, { year, now }: { year: number; now: Date }): Promise<PromotionFigures> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const promotion = await tradePromotionIn(container, vietnamYear(year), now)
  const withShowable = await ocop.countCatalogueBy("producer", now)
  const producers = withShowable.size ? await ocop.listProducers({ handle: [...withShowable.keys()] }, { select: ["id"] }) : []
  const ocopProducers = new Set([...producers.map((p) => p.id), ...promotion.exhibitors])
  return {
    year,
    fairs: promotion.fairs,
    producers: { ocop: ocopProducers.size, took_part: promotion.exhibitors.length },
    promoted_products: { shown: promotion.shown.length, with_memorandum_or_contract: promotion.agreed.length },
    contracts: promotion.contracts,
    producers_in_trade_promotion_percent: percent(promotion.exhibitors.length, ocopProducers.size),
    promoted_products_with_contracts_percent: percent(promotion.agreed.length, promotion.shown.length),
  }
}
