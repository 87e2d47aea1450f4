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
 * memoranda and contracts (count and value). Pure aggregation over what the modules answer; the clock is passed in.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../modules/fair"
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
  const [booths, leads] = await Promise.all([
    fairs.listBooths({ fair_id: fairIds }, { select: ["fair_id", "producer_id"] }),
    leadsWithHistory(fairs, { fair_id: fairIds }),
  ])
  for (const id of fairIds) {
    const own = (booths as any[]).filter((b) => b.fair_id === id)
    const figures: FairFigures = {
      booths: own.length,
      exhibitors: new Set(own.map((b) => b.producer_id)).size,
      leads: emptyCounts(),
      memoranda: 0,
      contracts: { count: 0, value: 0 },
    }
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
