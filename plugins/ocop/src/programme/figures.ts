/**
 * The programme's figures and its plans' targets against them, computed from a snapshot of the register
 * (certifications with their dates, products, producers, sales points, orders) at one instant: today, or the
 * end of 31 December of a past year. Everything about a past day is read from the certification history
 * (issued_at, expires_at, revoked_at) through rules.ts, never from today's state; what has no history (sales
 * points, producers' e-mails) is said to be today's. Pure apart from the fair source it is handed, so the tests
 * give it a clock and data of their own. Definitions: docs/decisions/035-programme-figures.md.
 */
import { oldDistrictOf } from "../modules/ocop/places/old-districts"
import {
  certificationStateOn,
  currentCertificationOn,
  ECONOMIC_ORGANISATION_KINDS,
  groupsFor,
  isFiveStarCandidate,
  MIN_SHOWABLE_STARS,
  PRODUCER_ENTITY_TYPE_CODES,
  SALES_POINT_TYPE_CODES,
  vietnamDay,
  CRITERIA_VERSION_CODES,
  type CertificationLike,
} from "../modules/ocop/rules"
import { SALES_CHANNELS, type SalesChannel } from "./channels"
import type { FairFigures, Window } from "./fair-figures"

export type SnapshotCertification = CertificationLike & {
  id: string
  product_id: string
  stars: number
  score: number
  level: "province" | "national" | null
  group_code: string
  criteria_version: string
  certificate_no: string | null
  issued_at: string
  expires_at: string
  revoked_at: string | null
  renews_id: string | null
}
export type SnapshotProduct = { id: string; title: string; handle: string; producer_id: string | null }
export type SnapshotProducer = { id: string; name: string; entity_type: string; address_as_certified: string; reachable: boolean }
export type SnapshotSalesPoint = { id: string; type: string; active: boolean }
export type SnapshotOrder = { id: string; created_at: string; total: number; channel: SalesChannel }
export type SnapshotTarget = {
  code: string
  period: string
  period_start: string
  period_end: string
  source: string
  description_vi: string
  description_en: string | null
  metric: string
  min: number
  max: number | null
  unit: string
}

export type ProgrammeSnapshot = {
  certifications: SnapshotCertification[]
  products: SnapshotProduct[]
  producers: SnapshotProducer[]
  sales_points: SnapshotSalesPoint[]
  orders: SnapshotOrder[]
  targets: SnapshotTarget[]
}

export type TargetStatus = "met" | "exceeded" | "not_met" | "in_progress" | "not_started" | "no_data"

export type TargetResult = {
  key: string
  metric: string
  label: string
  label_en: string | null
  target: { min: number; max: number | null; unit: string }
  actual: number | null
  met: boolean | null
  status: TargetStatus
  /** How far below the target's lowest figure the actual is (0 when reached); null without an actual. */
  gap: number | null
  /** What the actual counts, in words. */
  basis: { vi: string; en: string }
  /** False when the figure is today's, with no history to read a past day from. */
  historical: boolean
}

export type PlanResult = { plan: string; period: string; period_start: string; period_end: string; source: string; targets: TargetResult[] }

export type Count = { key: string; label: string; count: number }

export type ProgrammeFigures = {
  products_by_stars: { stars: number; count: number }[]
  products_by_group: Count[]
  products_by_district: Count[]
  certified_by_year: { year: number; total: number; new: number; renewal: number; by_stars: Record<string, number> }[]
  producers_by_kind: Count[]
  organisations_with_certified_product: Count[]
  five_star_candidates: { product_id: string; title: string; handle: string; score: number; certificate_no: string | null; expires_at: string }[]
  sales_points_by_type: Count[]
  fairs: null | { window: { from: string; to: string }; producers_at_fairs: number; producers_in_programme: number; producers_share: number | null; promoted: number; with_agreement: number; agreement_share: number | null }
  sales: {
    window: { from: string; to: string }
    currency_code: "vnd"
    by_channel: { channel: SalesChannel; orders: number; total: number }[]
    by_month: ({ month: string; orders: number; total: number } & Record<SalesChannel, number>)[]
  }
}

export type ProgrammeResult = {
  as_of: string
  year: number | null
  plans: PlanResult[]
  figures: ProgrammeFigures
}

const DAY_MS = 24 * 60 * 60 * 1000
const VN_OFFSET_MS = 7 * 60 * 60 * 1000
const time = (value: string | Date) => new Date(value).getTime()

/** The first instant of a Vietnamese calendar day given as an ISO date, as a Date. */
const startOfVietnamDay = (isoDay: string) => new Date(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) - VN_OFFSET_MS)
const endOfVietnamDay = (isoDay: string) => new Date(startOfVietnamDay(isoDay).getTime() + DAY_MS - 1)

/**
 * Everything the dashboard shows at `at`. `year` is the year picked (null for today); the sales and fair
 * figures cover that year, or the twelve months up to today.
 */
export async function computeProgramme(
  snapshot: ProgrammeSnapshot,
  options: { at: Date; year: number | null; fairs: FairFigures | null }
): Promise<ProgrammeResult> {
  const register = new Register(snapshot, options.at)
  const window: Window = options.year !== null
    ? { from: new Date(Date.UTC(options.year, 0, 1) - VN_OFFSET_MS), to: options.at }
    : { from: monthsBack(options.at, 11), to: options.at }

  const plans = new Map<string, PlanResult>()
  // Plans in the order they run: by start, the shorter first (the 2021 plan before phase 2, both from 2021).
  for (const target of [...snapshot.targets].sort((a, b) => a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end) || a.code.localeCompare(b.code))) {
    const key = `${target.period}|${target.source}`
    if (!plans.has(key)) {
      plans.set(key, {
        plan: planName(target),
        period: target.period,
        period_start: target.period_start.slice(0, 10),
        period_end: target.period_end.slice(0, 10),
        source: target.source,
        targets: [],
      })
    }
    plans.get(key)!.targets.push(await register.target(target, options.fairs))
  }

  return {
    as_of: options.at.toISOString(),
    year: options.year,
    plans: [...plans.values()],
    figures: await register.figures(window, options.fairs),
  }
}

function planName(target: SnapshotTarget): string {
  const numbered = /Kế hoạch số ([\w/-]+)/.exec(target.source)
  return numbered ? `Kế hoạch ${numbered[1]} (${target.period})` : `Kế hoạch ${target.period}`
}

/** The first day of the month `months` before the month of `at`, in Vietnam. */
function monthsBack(at: Date, months: number): Date {
  const day = vietnamDay(at)
  const [y, m] = day.split("-").map(Number) as [number, number]
  return new Date(Date.UTC(y, m - 1 - months, 1) - VN_OFFSET_MS)
}

/** The register as it stood at one instant, with the questions the targets and figures ask of it. */
class Register {
  private certsByProduct = new Map<string, SnapshotCertification[]>()
  private products = new Map<string, SnapshotProduct>()
  private producers = new Map<string, SnapshotProducer>()

  constructor(private readonly snapshot: ProgrammeSnapshot, private readonly at: Date) {
    for (const product of snapshot.products) this.products.set(product.id, product)
    for (const producer of snapshot.producers) this.producers.set(producer.id, producer)
    // Certificates decided after `at` are not yet in the register of that day.
    for (const cert of snapshot.certifications) {
      if (time(cert.issued_at) > at.getTime()) continue
      const list = this.certsByProduct.get(cert.product_id) ?? []
      list.push(cert)
      this.certsByProduct.set(cert.product_id, list)
    }
  }

  private producerOf(productId: string): SnapshotProducer | undefined {
    const id = this.products.get(productId)?.producer_id
    return id ? this.producers.get(id) : undefined
  }

  /** Products whose certificate speaks for them at `at` and is valid with 3 ★ or more: the programme's products. */
  certifiedAt(at: Date = this.at): Map<string, SnapshotCertification> {
    const result = new Map<string, SnapshotCertification>()
    for (const [productId, certs] of this.certsByProduct) {
      const issued = certs.filter((c) => time(c.issued_at) <= at.getTime())
      const current = currentCertificationOn(issued, at)
      if (current && current.stars >= MIN_SHOWABLE_STARS && certificationStateOn(current, at) === "valid") result.set(productId, current)
    }
    return result
  }

  /**
   * Certificates (3 ★ or more) decided within the window and not revoked by its end: a product certified in 2019
   * and revoked in 2023 counted toward the 2018–2020 plan.
   */
  private certifiedWithin(from: Date, to: Date, keep: (c: SnapshotCertification) => boolean = () => true) {
    return this.snapshot.certifications.filter(
      (c) =>
        c.stars >= MIN_SHOWABLE_STARS &&
        time(c.issued_at) >= from.getTime() &&
        time(c.issued_at) <= to.getTime() &&
        !(c.revoked_at && time(c.revoked_at) <= to.getTime()) &&
        keep(c)
    )
  }

  /** The first evaluation (any stars) of each product, and of each producer, decided by `at`. */
  private firstEvaluations() {
    const byProduct = new Map<string, number>()
    const byProducer = new Map<string, number>()
    for (const cert of this.snapshot.certifications) {
      const t = time(cert.issued_at)
      if (t > this.at.getTime()) continue
      if (!byProduct.has(cert.product_id) || t < byProduct.get(cert.product_id)!) byProduct.set(cert.product_id, t)
      const producer = this.products.get(cert.product_id)?.producer_id
      if (producer && (!byProducer.has(producer) || t < byProducer.get(producer)!)) byProducer.set(producer, t)
    }
    return { byProduct, byProducer }
  }

  /** The first certificate of 3 ★ or more of each product, decided by `until` and not revoked by then. */
  private firstCertificates(until: Date = this.at) {
    const first = new Map<string, number>()
    for (const cert of this.certifiedWithin(new Date(0), until)) {
      const t = time(cert.issued_at)
      if (!first.has(cert.product_id) || t < first.get(cert.product_id)!) first.set(cert.product_id, t)
    }
    return first
  }

  /** Producers with an evaluation decided by `until`: the programme's producers then. */
  producersInProgramme(until: Date = this.at): SnapshotProducer[] {
    const { byProducer } = this.firstEvaluations()
    return [...byProducer.entries()].filter(([, t]) => t <= until.getTime()).map(([id]) => this.producers.get(id)).filter((p): p is SnapshotProducer => !!p)
  }

  async target(target: SnapshotTarget, fairs: FairFigures | null): Promise<TargetResult> {
    const start = startOfVietnamDay(target.period_start)
    const periodEnd = endOfVietnamDay(target.period_end)
    const end = new Date(Math.min(periodEnd.getTime(), this.at.getTime()))
    const measured = this.at < start ? { actual: 0, basis: basisOf(target.metric), historical: true } : await this.measure(target, start, end, fairs)
    const { actual } = measured
    let status: TargetStatus
    let met: boolean | null = null
    let gap: number | null = null
    if (actual === null) status = "no_data"
    else {
      gap = Math.max(0, target.min - actual)
      if (target.max !== null && actual > target.max) status = "exceeded"
      else if (actual >= target.min) status = "met"
      else status = this.at < start ? "not_started" : this.at < periodEnd ? "in_progress" : "not_met"
      met = status === "met" || status === "exceeded"
    }
    return {
      key: target.code,
      metric: target.metric,
      label: target.description_vi,
      label_en: target.description_en,
      target: { min: target.min, max: target.max, unit: target.unit },
      actual,
      met,
      status,
      gap,
      basis: measured.basis,
      historical: measured.historical,
    }
  }

  private async measure(target: SnapshotTarget, start: Date, end: Date, fairs: FairFigures | null) {
    const basis = basisOf(target.metric)
    const result = (actual: number | null, historical = true) => ({ actual, basis, historical })
    const distinctProducts = (certs: SnapshotCertification[]) => new Set(certs.map((c) => c.product_id)).size
    const economic = (p: SnapshotProducer) => (ECONOMIC_ORGANISATION_KINDS as readonly string[]).includes(p.entity_type)

    switch (target.metric) {
      case "products_5_star_national":
        return result(distinctProducts(this.certifiedWithin(start, end, (c) => c.stars === 5 && c.level === "national")))
      case "products_3_4_star_provincial":
        return result(distinctProducts(this.certifiedWithin(start, end, (c) => (c.stars === 3 || c.stars === 4) && c.level === "province")))
      case "products_3_star_provincial":
        return result(distinctProducts(this.certifiedWithin(start, end, (c) => c.stars === 3 && c.level === "province")))
      case "products_4_star_provincial":
        return result(distinctProducts(this.certifiedWithin(start, end, (c) => c.stars === 4 && c.level === "province")))
      case "economic_organisations":
        return result(this.producersInProgramme(end).filter(economic).length)
      case "new_economic_organisations": {
        const { byProducer } = this.firstEvaluations()
        return result(
          [...byProducer.entries()].filter(([id, t]) => t >= start.getTime() && t <= end.getTime() && this.producers.get(id) && economic(this.producers.get(id)!)).length
        )
      }
      case "sales_points":
        return result(this.snapshot.sales_points.filter((p) => p.active).length, false)
      case "sales_points_kiosk_cluster":
      case "sales_points_market_kiosk":
      case "sales_points_wholesale_kiosk_cluster": {
        const type = target.metric.slice("sales_points_".length)
        return result(this.snapshot.sales_points.filter((p) => p.active && p.type === type).length, false)
      }
      case "community_tourism_product_ideas": {
        const { byProduct } = this.firstEvaluations()
        const tourism = new Set(
          this.snapshot.certifications.filter((c) => c.group_code === "tourism" || c.group_code === "rural_tourism").map((c) => c.product_id)
        )
        return result([...byProduct.entries()].filter(([id, t]) => tourism.has(id) && t >= start.getTime() && t <= end.getTime()).length)
      }
      case "products_developed_toward_5_star": {
        const candidates = [...this.certifiedAt(end).values()].filter((c) => isFiveStarCandidate(c, end)).map((c) => c.product_id)
        const reached = this.certifiedWithin(start, end, (c) => c.stars === 5).map((c) => c.product_id)
        return result(new Set([...candidates, ...reached]).size)
      }
      case "agricultural_cooperatives_with_certified_product": {
        const producers = new Set([...this.certifiedAt(end).keys()].map((id) => this.producerOf(id)).filter((p) => p?.entity_type === "cooperative").map((p) => p!.id))
        return result(producers.size)
      }
      case "producers_informed_percent": {
        const inProgramme = this.producersInProgramme(end)
        return result(inProgramme.length ? percent(inProgramme.filter((p) => p.reachable).length, inProgramme.length) : null, false)
      }
      case "producers_in_trade_promotion_percent": {
        if (!fairs) return result(null)
        const inProgramme = this.producersInProgramme(end)
        const at = new Set(await fairs.producersAtFairs({ from: start, to: end }))
        return result(inProgramme.length ? percent(inProgramme.filter((p) => at.has(p.id)).length, inProgramme.length) : null)
      }
      case "promoted_products_with_contracts_percent": {
        if (!fairs) return result(null)
        const { promoted, with_agreement } = await fairs.promotedProducts({ from: start, to: end })
        const shown = new Set(promoted)
        return result(shown.size ? percent(new Set(with_agreement.filter((id) => shown.has(id))).size, shown.size) : null)
      }
      case "phase_1_products_maintained": {
        // Products first certified before this period (phase 1) that still hold a valid certificate.
        const first = this.firstCertificates(end)
        return result([...this.certifiedAt(end).keys()].filter((id) => (first.get(id) ?? Infinity) < start.getTime()).length)
      }
      case "new_products": {
        // Judged at the period's end: a product certified in 2024 and revoked in 2026 counted for 2021–2025.
        const first = this.firstCertificates(end)
        return result([...first.values()].filter((t) => t >= start.getTime() && t <= end.getTime()).length)
      }
      default:
        // value_chains, product_ideas_per_district_per_year and any metric the register holds nothing for.
        return result(null, false)
    }
  }

  async figures(window: Window, fairs: FairFigures | null): Promise<ProgrammeFigures> {
    const certified = this.certifiedAt()
    const byStars = new Map<number, number>()
    const byGroup = new Map<string, number>()
    const byDistrict = new Map<string, number>()
    for (const [productId, cert] of certified) {
      byStars.set(cert.stars, (byStars.get(cert.stars) ?? 0) + 1)
      byGroup.set(cert.group_code, (byGroup.get(cert.group_code) ?? 0) + 1)
      const district = oldDistrictOf(this.producerOf(productId)?.address_as_certified)
      const key = district ? `${district.kind} ${district.name}` : "—"
      byDistrict.set(key, (byDistrict.get(key) ?? 0) + 1)
    }

    const byYear = new Map<number, { total: number; new: number; renewal: number; by_stars: Record<string, number> }>()
    const first = this.firstCertificates()
    for (const cert of this.certifiedWithin(new Date(0), this.at)) {
      const year = Number(vietnamDay(cert.issued_at).slice(0, 4))
      const row = byYear.get(year) ?? { total: 0, new: 0, renewal: 0, by_stars: { 3: 0, 4: 0, 5: 0 } }
      row.total++
      if (first.get(cert.product_id) === time(cert.issued_at)) row.new++
      else row.renewal++
      row.by_stars[cert.stars] = (row.by_stars[cert.stars] ?? 0) + 1
      byYear.set(year, row)
    }

    const inProgramme = this.producersInProgramme()
    const kindCount = (kind: string) => inProgramme.filter((p) => p.entity_type === kind).length
    const withCertified = new Map<string, Set<string>>()
    for (const productId of certified.keys()) {
      const producer = this.producerOf(productId)
      if (!producer) continue
      if (!withCertified.has(producer.entity_type)) withCertified.set(producer.entity_type, new Set())
      withCertified.get(producer.entity_type)!.add(producer.id)
    }

    let fairFigures: ProgrammeFigures["fairs"] = null
    if (fairs) {
      const atFairs = new Set(await fairs.producersAtFairs(window))
      const { promoted, with_agreement } = await fairs.promotedProducts(window)
      const shown = new Set(promoted)
      const agreed = new Set(with_agreement.filter((id) => shown.has(id)))
      const took = inProgramme.filter((p) => atFairs.has(p.id)).length
      fairFigures = {
        window: { from: window.from.toISOString(), to: window.to.toISOString() },
        producers_at_fairs: took,
        producers_in_programme: inProgramme.length,
        producers_share: inProgramme.length ? percent(took, inProgramme.length) : null,
        promoted: shown.size,
        with_agreement: agreed.size,
        agreement_share: shown.size ? percent(agreed.size, shown.size) : null,
      }
    }

    return {
      products_by_stars: [3, 4, 5].map((stars) => ({ stars, count: byStars.get(stars) ?? 0 })),
      products_by_group: [...byGroup.entries()].map(([key, count]) => ({ key, label: groupName(key), count })).sort(byCountThenLabel),
      products_by_district: [...byDistrict.entries()].map(([key, count]) => ({ key, label: key, count })).sort(byCountThenLabel),
      certified_by_year: [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, row]) => ({ year, ...row })),
      producers_by_kind: PRODUCER_ENTITY_TYPE_CODES.map((kind) => ({ key: kind, label: kind, count: kindCount(kind) })),
      organisations_with_certified_product: ECONOMIC_ORGANISATION_KINDS.map((kind) => ({ key: kind, label: kind, count: withCertified.get(kind)?.size ?? 0 })),
      five_star_candidates: [...certified.values()]
        .filter((c) => isFiveStarCandidate(c, this.at))
        .sort((a, b) => b.score - a.score)
        .map((c) => {
          const product = this.products.get(c.product_id)
          return {
            product_id: c.product_id,
            title: product?.title ?? c.product_id,
            handle: product?.handle ?? "",
            score: c.score,
            certificate_no: c.certificate_no,
            expires_at: new Date(c.expires_at).toISOString(),
          }
        }),
      sales_points_by_type: SALES_POINT_TYPE_CODES.map((type) => ({
        key: type,
        label: type,
        count: this.snapshot.sales_points.filter((p) => p.active && p.type === type).length,
      })),
      fairs: fairFigures,
      sales: salesFigures(this.snapshot.orders, window),
    }
  }
}

function salesFigures(orders: SnapshotOrder[], window: Window): ProgrammeFigures["sales"] {
  const months: string[] = []
  for (let month = vietnamDay(window.from).slice(0, 7); month <= vietnamDay(window.to).slice(0, 7); ) {
    months.push(month)
    const [y, m] = month.split("-").map(Number) as [number, number]
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`
  }
  const byMonth = new Map(months.map((month) => [month, { month, orders: 0, total: 0, ...Object.fromEntries(SALES_CHANNELS.map((c) => [c, 0])) } as ProgrammeFigures["sales"]["by_month"][number]]))
  const byChannel = new Map(SALES_CHANNELS.map((channel) => [channel, { channel, orders: 0, total: 0 }]))
  for (const order of orders) {
    const t = time(order.created_at)
    if (t < window.from.getTime() || t > window.to.getTime()) continue
    const row = byMonth.get(vietnamDay(order.created_at).slice(0, 7))
    if (!row) continue
    row.orders++
    row.total += order.total
    row[order.channel] += order.total
    const channel = byChannel.get(order.channel)!
    channel.orders++
    channel.total += order.total
  }
  return {
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    currency_code: "vnd",
    by_channel: [...byChannel.values()],
    by_month: [...byMonth.values()],
  }
}

/** The group's name in the newest criteria version that has its code (old certificates keep older codes). */
function groupName(code: string): string {
  for (const version of [...CRITERIA_VERSION_CODES].reverse()) {
    const found = groupsFor(version).find((g) => g.code === code)
    if (found) return found.name_vi
  }
  return code
}

function byCountThenLabel(a: Count, b: Count) {
  return b.count - a.count || a.label.localeCompare(b.label, "vi")
}

function percent(part: number, whole: number) {
  return Math.round((part / whole) * 1000) / 10
}

const BASIS: Record<string, { vi: string; en: string }> = {
  products_5_star_national: { vi: "Sản phẩm được công nhận 5 sao cấp quốc gia trong kỳ", en: "Products certified 5 ★ nationally in the period" },
  products_3_4_star_provincial: { vi: "Sản phẩm được công nhận 3–4 sao cấp tỉnh trong kỳ", en: "Products certified 3–4 ★ by the province in the period" },
  products_3_star_provincial: { vi: "Sản phẩm được công nhận 3 sao cấp tỉnh trong kỳ", en: "Products certified 3 ★ by the province in the period" },
  products_4_star_provincial: { vi: "Sản phẩm được công nhận 4 sao cấp tỉnh trong kỳ", en: "Products certified 4 ★ by the province in the period" },
  economic_organisations: { vi: "Doanh nghiệp và HTX đã có sản phẩm được đánh giá", en: "Enterprises and cooperatives with a product evaluated" },
  new_economic_organisations: { vi: "Doanh nghiệp và HTX có sản phẩm được đánh giá lần đầu trong kỳ", en: "Enterprises and cooperatives first evaluated in the period" },
  sales_points: { vi: "Điểm bán đang hoạt động (hiện trạng)", en: "Active sales points (as today)" },
  sales_points_kiosk_cluster: { vi: "Cụm ki ốt đang hoạt động (hiện trạng)", en: "Active kiosk clusters (as today)" },
  sales_points_market_kiosk: { vi: "Ki ốt ở chợ huyện đang hoạt động (hiện trạng)", en: "Active market kiosks (as today)" },
  sales_points_wholesale_kiosk_cluster: { vi: "Cụm ki ốt ở chợ đầu mối đang hoạt động (hiện trạng)", en: "Active wholesale-market clusters (as today)" },
  community_tourism_product_ideas: { vi: "Sản phẩm du lịch được đánh giá lần đầu trong kỳ (ý tưởng đã thành sản phẩm)", en: "Tourism products first evaluated in the period (ideas that became products)" },
  products_developed_toward_5_star: { vi: "Ứng viên 5 sao (4 sao, từ 85 điểm) và sản phẩm đạt 5 sao trong kỳ", en: "Five-star candidates (4 ★, 85 points or more) and products that reached 5 ★ in the period" },
  agricultural_cooperatives_with_certified_product: { vi: "HTX có sản phẩm OCOP còn hiệu lực", en: "Cooperatives with a valid OCOP product" },
  producers_informed_percent: { vi: "Chủ thể liên lạc được qua e-mail hoặc Kênh người bán (hiện trạng)", en: "Producers reachable by e-mail or the seller portal (as today)" },
  producers_in_trade_promotion_percent: { vi: "Chủ thể có gian hàng ở hội chợ trong kỳ", en: "Producers with a booth at a fair in the period" },
  promoted_products_with_contracts_percent: { vi: "Sản phẩm trưng bày ở hội chợ có biên bản ghi nhớ hoặc hợp đồng", en: "Products shown at fairs with a memorandum or contract" },
  phase_1_products_maintained: { vi: "Sản phẩm chứng nhận từ giai đoạn 1 còn hiệu lực", en: "Phase 1 products still certified" },
  new_products: { vi: "Sản phẩm được chứng nhận (từ 3 sao) lần đầu trong kỳ", en: "Products certified (3 ★ or more) for the first time in the period" },
  value_chains: { vi: "Sàn không ghi nhận chuỗi giá trị", en: "The marketplace does not record value chains" },
  product_ideas_per_district_per_year: { vi: "Sàn không ghi nhận ý tưởng sản phẩm", en: "The marketplace does not record product ideas" },
}

function basisOf(metric: string) {
  return BASIS[metric] ?? { vi: "Chưa có cách tính từ dữ liệu", en: "Not computed from the data yet" }
}
