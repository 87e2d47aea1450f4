/**
 * Synthetic certified products and producers for benchmarks and load tests (`npm run seed -- --scale N`), in the
 * shape of the data files: Vietnamese names built from the province's real product kinds and places, star shares
 * like the national register (~74% 3 ★, ~25% 4 ★, a few 5 ★), prices of the province's shops, and the 22 sales
 * points. Product i and producer j are drawn from their own seeded generator, so they are the same whatever N
 * is and on every machine; only the certificate dates move with the run day, so that every generated product is
 * on show whenever it is generated (issued 1–33 months before the run, never within 30 days of expiry).
 */
import {
  addMonths,
  certifyingLevel,
  criteriaVersionInForce,
  isGroupKnown,
  scoreRange,
  TYPICAL_PLACEMENT,
  type GroupRef,
  type ProducerEntityType,
  type Stars,
  VALIDITY_MONTHS,
  vietnamDay,
} from "@ocop/medusa-plugin-ocop/rules"
import { foldVietnamese } from "@ocop/medusa-plugin-ocop/fold"
import { addDays } from "../certification-dates"
import type { SeedCertification, SeedData, SeedProducer, SeedProduct, SeedSalesPoint, SeedVariant } from "../data"
import { generateSalesPoints, placeIn, villageIn } from "./national"
import { random, type Random } from "./prng"
import {
  BRAND_WORDS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  HIGHLAND_CLANS,
  HIGHLAND_GIVEN,
  MIDDLE_NAMES,
  MOBILE_PREFIXES,
  PRODUCER_KIND_SHARES,
  PRODUCT_KINDS,
  type ProductKind,
} from "./vocabulary"

/** Every generated producer owns this many products: N products come with N/5 producers. */
export const PRODUCTS_PER_PRODUCER = 5

/** A place of the dataset, as a template: the ward and its old district, without the house or village. */
export type Place = {
  ward_code: string
  /** "xã Ea Kiết, tỉnh Đắk Lắk" */
  tail_now: string
  /** "xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk" */
  tail_certified: string
  commune: string
  district: string
  urban: boolean
  latitude: number
  longitude: number
}

/** A generated product's certificate of the cycle before its current one (expired, or superseded when re-graded). */
export type PreviousCertification = SeedCertification & GroupRef

export type GeneratedProduct = SeedProduct & { image_key: string; previous_certification?: PreviousCertification }

/** `salesPoints`: the generated national network (none for the Đắk Lắk dataset, whose 22 points are the data's). */
export type GeneratedCatalogue = { producers: SeedProducer[]; products: GeneratedProduct[]; salesPoints: SeedSalesPoint[] }

/**
 * How generated products and producers are told apart from the data files' and from each other: `g` for the
 * Đắk Lắk generator (`-g12`, `OCOP-G000012-1`), `n` for the national one (`--provinces`), so that both can sit in
 * one database and a run of either adds nothing the second time.
 */
type Series = { tag: "g" | "n" }


const STAR_SHARES: readonly (readonly [Stars, number])[] = [
  [3, 74.5],
  [4, 25],
  [5, 0.5],
]
/** Councils grade hard: no generated product scores above this, whatever its band reaches. */
const HIGHEST_SCORE_GIVEN = 97

/** The places of the data files' producers and sales points, each once. */
export function placesOf(data: Pick<SeedData, "producers" | "salesPoints">): Place[] {
  const rows = [
    ...data.producers.map((p) => ({ ...p, now: p.address_line })),
    ...data.salesPoints.map((s) => ({ ...s, now: s.address })),
  ]
  const places = new Map<string, Place>()
  for (const row of rows) {
    const certified = row.address_as_certified.split(", ")
    // Street-level addresses ("Ki ốt số 1, đường Hùng Vương, …") keep two leading parts; villages one.
    const skip = /^(đường|quốc lộ)/i.test(certified[1] ?? "") ? 2 : 1
    const tailCertified = certified.slice(skip).join(", ")
    const tailNow = row.now.split(", ").slice(skip).join(", ")
    if (places.has(tailCertified)) continue
    const [communePart, districtPart] = certified.slice(skip)
    places.set(tailCertified, {
      ward_code: row.ward_code,
      tail_now: tailNow,
      tail_certified: tailCertified,
      commune: communePart!.replace(/^(xã|phường|thị trấn) /, ""),
      district: districtPart!,
      urban: /^(phường|thị trấn)/.test(communePart!),
      latitude: row.latitude,
      longitude: row.longitude,
    })
  }
  return [...places.values()]
}

export function slug(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}

const pad = (n: number, width: number) => String(n).padStart(width, "0")
const roundThousand = (amount: number) => Math.round(amount / 1000) * 1000

function personName(rng: Random, highland: boolean) {
  if (highland) return `${rng.pick(HIGHLAND_GIVEN)} ${rng.pick(HIGHLAND_CLANS)}`
  return `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`
}

function phone(rng: Random) {
  const digits = pad(rng.int(0, 9_999_999), 7)
  return `0${rng.pick(MOBILE_PREFIXES)}${digits[0]} ${digits.slice(1, 4)} ${digits.slice(4)}`
}

function kindOf(key: string): ProductKind {
  return PRODUCT_KINDS.find((k) => k.key === key)!
}

function weightedKind(rng: Random): ProductKind {
  return rng.weighted(PRODUCT_KINDS.map((k) => [k, k.weight] as const))
}

/** What producers of each kind here call themselves, and the word their products carry after the kind. */
function producerName(rng: Random, entityType: ProducerEntityType, trade: string, place: Pick<Place, "commune">, representative: string) {
  const word = rng.pick(BRAND_WORDS)
  switch (entityType) {
    case "cooperative":
      return rng.next() < 0.5
        ? { name: `HTX Nông nghiệp ${trade} ${place.commune}`, brand: place.commune }
        : { name: `HTX ${trade} ${word}`, brand: word }
    case "enterprise":
      return { name: `${rng.pick(["Công ty TNHH", "Công ty Cổ phần"])} ${trade} ${word}`, brand: word }
    case "household":
      return { name: `Hộ kinh doanh ${representative}`, brand: place.commune }
    case "cooperative_group":
      return { name: `Tổ hợp tác ${trade} ${place.commune}`, brand: place.commune }
  }
}

type GeneratedProducer = SeedProducer & { brand: string; speciality: string; district: string; series: Series }

/** Producer j (0-based). */
export function generateProducer(j: number, places: readonly Place[]): GeneratedProducer {
  const rng = random(`ocop-generated-producer-${j}`)
  const entityType = rng.weighted(PRODUCER_KIND_SHARES) as ProducerEntityType
  const speciality = weightedKind(rng)
  const place = rng.pick(places)
  const [trade, tradeEn] = speciality.trade
  const highland = rng.next() < 0.3
  const representative = personName(rng, highland)
  const { name, brand } = producerName(rng, entityType, trade, place, representative)
  const founded = rng.int(1995, 2023)
  const village = place.urban ? `Tổ dân phố ${rng.int(1, 12)}` : rng.next() < 0.4 ? `Buôn ${rng.pick(HIGHLAND_CLANS)}` : `Thôn ${rng.int(1, 15)}`
  const handle = `${slug(name)}-g${j + 1}`
  return {
    handle,
    name,
    entity_type: entityType,
    representative,
    phone: phone(rng),
    email: `lienhe.g${j + 1}@example.com`,
    province_code: "66",
    ward_code: place.ward_code,
    address_line: `${village}, ${place.tail_now}`,
    address_as_certified: `${village}, ${place.tail_certified}`,
    // Within about a kilometre of the place's centre, so every producer stays inside the province.
    latitude: Number((place.latitude + (rng.next() - 0.5) * 0.02).toFixed(4)),
    longitude: Number((place.longitude + (rng.next() - 0.5) * 0.02).toFixed(4)),
    story_vi:
      `${name} ở ${place.commune}, ${place.district}, làm ${trade.toLowerCase()} từ năm ${founded}. ` +
      `Sản phẩm được làm từ nguyên liệu của các hộ trong vùng và bán tại các điểm OCOP của tỉnh.`,
    story_en:
      `${name} of ${place.commune}, ${place.district}, has worked in ${tradeEn} since ${founded}. ` +
      `Its products are made from the harvest of local households and sold at the province's OCOP sales points.`,
    founded_year: founded,
    brand,
    speciality: speciality.key,
    district: place.district,
    series: { tag: "g" },
  }
}

/** Producer j (0-based) of the national generator, in a ward of one of `provinces`. */
export function generateNationalProducer(j: number, provinces: readonly string[]): GeneratedProducer {
  const rng = random(`ocop-national-producer-${j}`)
  const entityType = rng.weighted(PRODUCER_KIND_SHARES) as ProducerEntityType
  const speciality = weightedKind(rng)
  const place = placeIn(rng, rng.pick(provinces))
  const [trade, tradeEn] = speciality.trade
  const representative = personName(rng, rng.next() < 0.1)
  const { name, brand } = producerName(rng, entityType, trade, place, representative)
  const founded = rng.int(1995, 2023)
  const village = villageIn(rng, place)
  return {
    handle: `${slug(name)}-n${j + 1}`,
    name,
    entity_type: entityType,
    representative,
    phone: phone(rng),
    email: `lienhe.n${j + 1}@example.com`,
    province_code: place.province_code,
    ward_code: place.ward.code,
    address_line: `${village}, ${place.tail}`,
    address_as_certified: `${village}, ${place.tail}`,
    latitude: place.latitude,
    longitude: place.longitude,
    story_vi:
      `${name} ở ${place.commune}, ${place.province_name}, làm ${trade.toLowerCase()} từ năm ${founded}. ` +
      `Sản phẩm được làm từ nguyên liệu của các hộ trong vùng và bán tại các điểm OCOP của tỉnh.`,
    story_en:
      `${name} of ${place.commune}, ${place.province_name}, has worked in ${tradeEn} since ${founded}. ` +
      `Its products are made from the harvest of local households and sold at the province's OCOP sales points.`,
    founded_year: founded,
    brand,
    speciality: speciality.key,
    district: place.province_name,
    series: { tag: "n" },
  }
}

/** Where a kind falls in a criteria version's groups (rules.ts' typical placement where one fits). */
export function placementOf(kind: ProductKind, version: keyof typeof TYPICAL_PLACEMENT): GroupRef {
  const ref = kind.typical ? TYPICAL_PLACEMENT[version][kind.typical] : kind.group!
  if (!isGroupKnown(ref.group, ref.sub_group, version)) throw new Error(`${kind.key} has no group in ${version}`)
  return ref
}

/** Product i (0-based), made by producer floor(i / 5), certified relative to `runDay` (an ISO date in Vietnam). */
export function generateProduct(
  i: number,
  producer: GeneratedProducer,
  salesPointHandles: readonly string[],
  runDay: string
): GeneratedProduct {
  const rng = random(producer.series.tag === "g" ? `ocop-generated-product-${i}` : `ocop-national-product-${i}`)
  const kind = rng.next() < 0.7 ? kindOf(producer.speciality) : weightedKind(rng)
  const [nameVi, nameEn] = rng.pick(kind.names)
  const [subtitleVi, subtitleEn] = rng.pick(kind.subtitles)
  const title = `${nameVi} ${producer.brand}`
  const first = rng.int(0, kind.packs.length - 1)
  const last = rng.int(first, Math.min(first + 1, kind.packs.length - 1))
  const where = rng.next() // one position in each pack's price range, so bigger packs cost more
  const variants: SeedVariant[] = kind.packs.slice(first, last + 1).map((pack, k) => ({
    title: pack.vi,
    title_en: pack.en,
    sku: `OCOP-${producer.series.tag.toUpperCase()}${pad(i + 1, 6)}-${k + 1}`,
    options: { [kind.option]: pack.vi },
    price_vnd: roundThousand(pack.price[0] + where * (pack.price[1] - pack.price[0])),
    stock: rng.int(10, 400),
  }))

  const stars = rng.weighted(STAR_SHARES)
  const issuedAt = addDays(runDay, -rng.int(30, 1000))
  const version = criteriaVersionInForce(issuedAt)!
  // A score of the band under the criteria in force that day (rules.ts' bands).
  const [low, high] = scoreRange(stars, version)
  const score = rng.int(low, Math.min(high, HIGHEST_SCORE_GIVEN))
  const { group, sub_group } = placementOf(kind, version)
  const level = certifyingLevel(stars, version)!
  const year = issuedAt.slice(0, 4)
  const decision = level === "national" ? `${rng.int(1000, 4999)}/QĐ-BNNMT` : `${rng.int(1000, 3999)}/QĐ-UBND`
  const tag = producer.series.tag
  const number = `${tag.toUpperCase()}${pad(i + 1, 6)}`

  return {
    handle: `${slug(title)}-${tag}${i + 1}`,
    title,
    title_en: `${producer.brand} ${nameEn}`,
    subtitle: subtitleVi,
    subtitle_en: subtitleEn,
    description: `${nameVi} của ${producer.name} (${producer.district}). ${kind.about[0]}`,
    description_en: `${nameEn[0]!.toUpperCase()}${nameEn.slice(1)} from ${producer.name} (${producer.district}). ${kind.about[1]}`,
    producer: producer.handle,
    group,
    sub_group,
    image_motif: kind.motif,
    image_key: `generated-${kind.key}`,
    variants,
    certification: {
      criteria_version: version,
      score,
      stars,
      certificate_no: `OCOP-${level === "national" ? "QG" : producer.province_code}-${year}-${number}`,
      decision_no: decision,
      issued_at: issuedAt,
      level,
    },
    sales_points: rng.sample(salesPointHandles, rng.int(1, 3)),
    ...previousCycle(i, kind, stars, issuedAt, producer),
  }
}

/**
 * The certificate of the cycle before: issued 36 months before the current one and ending the day it was
 * issued, like the register of a programme running since 2019 (docs/decisions/029: the lookup is measured over
 * both cycles, 20 000 certificates at 10 000 products). One in six was graded with other stars then, so its
 * number now reads "superseded". Drawn from a generator of its own: product i stays the same product.
 */
function previousCycle(
  i: number,
  kind: ProductKind,
  stars: Stars,
  currentIssuedAt: string,
  producer: Pick<GeneratedProducer, "series" | "province_code">
): { previous_certification?: PreviousCertification } {
  const rng = random(producer.series.tag === "g" ? `ocop-generated-history-${i}` : `ocop-national-history-${i}`)
  const issuedAt = addMonths(currentIssuedAt, -VALIDITY_MONTHS).toISOString().slice(0, 10)
  const version = criteriaVersionInForce(issuedAt)
  if (!version) return {}
  const regraded = rng.next() < 1 / 6
  const previousStars = (regraded ? (stars === 3 ? 4 : stars - 1) : stars) as Stars
  const [low, high] = scoreRange(previousStars, version)
  const level = certifyingLevel(previousStars, version)!
  return {
    previous_certification: {
      ...placementOf(kind, version),
      criteria_version: version,
      score: rng.int(low, high),
      stars: previousStars,
      certificate_no: `OCOP-${level === "national" ? "QG" : producer.province_code}-${issuedAt.slice(0, 4)}-${producer.series.tag === "g" ? "H" : "NH"}${pad(i + 1, 6)}`,
      decision_no: level === "national" ? `${rng.int(1000, 4999)}/QĐ-BNN` : `${rng.int(1000, 3999)}/QĐ-UBND`,
      issued_at: issuedAt,
      expires_at: currentIssuedAt,
      level,
    },
  }
}

/**
 * N products and ceil(N / 5) producers, certified relative to the day in Vietnam at `now`. Without `provinces`,
 * in Đắk Lắk at the data files' places and sold at its 22 sales points; with them, spread over those provinces'
 * wards, with a generated network of sales points (24 per province) where each product is sold in its
 * producer's province (and at the data's 22 in Đắk Lắk).
 */
export function generateCatalogue(
  scale: number,
  data: Pick<SeedData, "producers" | "salesPoints">,
  now: Date,
  provinces?: readonly string[]
): GeneratedCatalogue {
  const runDay = vietnamDay(now)
  const producerCount = Math.ceil(scale / PRODUCTS_PER_PRODUCER)
  let producers: GeneratedProducer[]
  let salesPoints: SeedSalesPoint[] = []
  let pointsOf: (producer: GeneratedProducer) => readonly string[]
  if (!provinces) {
    const places = placesOf(data)
    const handles = data.salesPoints.map((s) => s.handle)
    producers = Array.from({ length: producerCount }, (_, j) => generateProducer(j, places))
    pointsOf = () => handles
  } else {
    salesPoints = generateSalesPoints(provinces)
    const byProvince = new Map<string, string[]>()
    for (const point of [...data.salesPoints, ...salesPoints]) {
      byProvince.set(point.province_code, [...(byProvince.get(point.province_code) ?? []), point.handle])
    }
    producers = Array.from({ length: producerCount }, (_, j) => generateNationalProducer(j, provinces))
    pointsOf = (producer) => byProvince.get(producer.province_code) ?? []
  }
  const products = Array.from({ length: scale }, (_, i) => {
    const producer = producers[Math.floor(i / PRODUCTS_PER_PRODUCER)]!
    return generateProduct(i, producer, pointsOf(producer), runDay)
  })
  return {
    producers: producers.map(({ brand: _b, speciality: _s, district: _d, series: _t, ...producer }) => producer),
    products,
    salesPoints,
  }
}

/** One shared illustration per kind for generated products: its Vietnamese name, marked as generated. */
export function generatedIllustrations() {
  return PRODUCT_KINDS.map((kind) => ({
    key: `generated-${kind.key}`,
    title: kind.names[0]![0],
    motif: kind.motif,
    label: "Sản phẩm minh họa · dữ liệu sinh tự động",
  }))
}
