import { describe, expect, it } from "vitest"
import {
  certifyingLevel,
  checkStarsMatchScore,
  criteriaVersionInForce,
  isGroupKnown,
  isInReminderWindow,
  isProducerEntityType,
  isShowable,
  isValidVietnamPhone,
} from "@ocop/medusa-plugin-ocop/rules"
import { loadSeedData } from "../data"
import { insideDakLak } from "../geo"
import { MOTIFS } from "../images/illustration"
import { findWard, listProvinces } from "@ocop/medusa-plugin-ocop/places"
import { parseSeedArgs } from "../seed"
import { generateCatalogue } from "./catalogue"
import { parseProvinces, PROVINCE_SEATS } from "./national"

const data = loadSeedData()
const NOW = new Date("2026-11-24T12:00:00+07:00")
const big = generateCatalogue(10_000, data, NOW)

const share = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length / items.length
const duplicates = (values: string[]) => {
  const seen = new Set<string>()
  return values.filter((value) => seen.has(value) || !seen.add(value))
}

describe("the generator", () => {
  it("makes N products and N/5 producers", () => {
    expect(big.products).toHaveLength(10_000)
    expect(big.producers).toHaveLength(2_000)
    const small = generateCatalogue(52, data, NOW)
    expect([small.products.length, small.producers.length]).toEqual([52, 11])
  })

  it("makes the same product i and producer j whatever N is, on every run", () => {
    const small = generateCatalogue(50, data, NOW)
    expect(small.products).toEqual(big.products.slice(0, 50))
    expect(small.producers).toEqual(big.producers.slice(0, 10))
    expect(generateCatalogue(50, data, NOW)).toEqual(small)
  })

  it("uses handles, SKUs and certificate numbers of its own, unique and apart from the data's", () => {
    const handles = [...big.products, ...data.products].map((p) => p.handle)
    expect(duplicates(handles)).toEqual([])
    expect(duplicates([...big.producers, ...data.producers].map((p) => p.handle))).toEqual([])
    expect(duplicates([...big.products, ...data.products].flatMap((p) => p.variants.map((v) => v.sku)))).toEqual([])
    expect(duplicates(big.products.map((p) => p.certification.certificate_no!))).toEqual([])
    for (const p of big.products.slice(0, 500)) expect(p.handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-g\d+$/)
  })

  it("rates like the national register: about 74% 3 stars, 25% 4 stars and a few national 5 stars", () => {
    const stars = big.products.map((p) => p.certification.stars)
    expect(share(stars, (s) => s === 3)).toBeGreaterThan(0.7)
    expect(share(stars, (s) => s === 3)).toBeLessThan(0.78)
    expect(share(stars, (s) => s === 4)).toBeGreaterThan(0.22)
    expect(share(stars, (s) => s === 4)).toBeLessThan(0.28)
    expect(stars.filter((s) => s === 5).length).toBeGreaterThanOrEqual(10)
    expect(share(stars, (s) => s === 5)).toBeLessThan(0.015)
  })

  it("mixes producer kinds like the register: households, cooperatives, enterprises, a few cooperative groups", () => {
    const kinds = big.producers.map((p) => p.entity_type)
    expect(share(kinds, (k) => k === "household")).toBeGreaterThan(0.35)
    expect(share(kinds, (k) => k === "cooperative")).toBeGreaterThan(0.27)
    expect(share(kinds, (k) => k === "enterprise")).toBeGreaterThan(0.17)
    expect(share(kinds, (k) => k === "cooperative_group")).toBeGreaterThan(0.02)
  })

  it("certifies every product validly, on show the day it is generated and not yet due for renewal", () => {
    for (const { handle, group, sub_group, certification: c } of big.products) {
      const check = checkStarsMatchScore(c.stars, c.score, c.criteria_version)
      expect([handle, check.ok]).toEqual([handle, true])
      expect([handle, c.criteria_version]).toEqual([handle, criteriaVersionInForce(c.issued_at)])
      expect([handle, isGroupKnown(group, sub_group, c.criteria_version)]).toEqual([handle, true])
      expect([handle, c.level]).toEqual([handle, certifyingLevel(c.stars, c.criteria_version)])
      expect([handle, isShowable(c, NOW), isInReminderWindow(c, NOW)]).toEqual([handle, true, false])
    }
  })

  it("gives every product the certificate of the cycle before, ending the day the current one was issued, a sixth of them re-graded", () => {
    const previous = big.products.map((p) => p.previous_certification)
    expect(previous.every(Boolean)).toBe(true)
    for (const product of big.products.slice(0, 200)) {
      const old = product.previous_certification!
      expect(old.expires_at).toBe(product.certification.issued_at)
      expect(checkStarsMatchScore(old.stars, old.score, old.criteria_version).ok).toBe(true)
      expect(isGroupKnown(old.group, old.sub_group, old.criteria_version)).toBe(true)
    }
    const regraded = big.products.filter((p) => p.previous_certification!.stars !== p.certification.stars).length / big.products.length
    expect(regraded).toBeGreaterThan(0.13)
    expect(regraded).toBeLessThan(0.2)
    // 20 000 certificates at 10 000 products, every number its own.
    const numbers = big.products.flatMap((p) => [p.certification.certificate_no, p.previous_certification!.certificate_no])
    expect(new Set(numbers).size).toBe(20_000)
  })

  it("prices in whole thousands of đồng a shopper would believe, bigger packs dearer", () => {
    for (const p of big.products) {
      for (const v of p.variants) {
        expect([v.sku, v.price_vnd % 1000, v.price_vnd >= 20_000 && v.price_vnd <= 2_000_000]).toEqual([v.sku, 0, true])
      }
      const prices = p.variants.map((v) => v.price_vnd)
      expect([p.handle, [...prices].sort((a, b) => a - b)]).toEqual([p.handle, prices])
    }
  })

  it("places producers in the province's communes, with Vietnamese phones and addresses as certified", () => {
    const wards = new Set(data.producers.map((p) => p.ward_code).concat(data.salesPoints.map((s) => s.ward_code)))
    for (const p of big.producers) {
      expect([p.handle, isProducerEntityType(p.entity_type), isValidVietnamPhone(p.phone), insideDakLak(p)]).toEqual([p.handle, true, true, true])
      expect([p.handle, wards.has(p.ward_code)]).toEqual([p.handle, true])
      expect(p.address_as_certified).toMatch(/(huyện|thị xã|thành phố) [^,]+, tỉnh Đắk Lắk$/)
      expect(p.address_line).toMatch(/, tỉnh Đắk Lắk$/)
      expect(p.address_line).not.toMatch(/huyện|thị xã|thành phố/)
    }
  })

  it("sells every product at one to three of the 22 sales points, with a picture the illustrator draws", () => {
    const points = new Set(data.salesPoints.map((s) => s.handle))
    for (const p of big.products) {
      expect(p.sales_points.length).toBeGreaterThanOrEqual(1)
      expect(p.sales_points.length).toBeLessThanOrEqual(3)
      for (const point of p.sales_points) expect(points.has(point)).toBe(true)
      expect((MOTIFS as string[]).includes(p.image_motif)).toBe(true)
    }
    const carried = new Set(big.products.flatMap((p) => p.sales_points))
    expect(carried.size).toBe(22)
  })
})

describe("the national generator (--provinces all)", () => {
  const provinces = listProvinces().map((province) => province.code)
  const national = generateCatalogue(20_000, data, NOW, provinces)

  it("spreads N/5 producers and 24 sales points a province over all 34 provinces, each in a ward of its own province", () => {
    expect(national.products).toHaveLength(20_000)
    expect(national.producers).toHaveLength(4_000)
    expect(national.salesPoints).toHaveLength(816)
    const producersPer = countBy(national.producers.map((p) => p.province_code))
    const pointsPer = countBy(national.salesPoints.map((p) => p.province_code))
    expect(Object.keys(producersPer).sort()).toEqual([...provinces].sort())
    expect(Object.keys(pointsPer).sort()).toEqual([...provinces].sort())
    // Drawn at random: every province gets its share within a third of the even one.
    for (const count of Object.values(producersPer)) expect(Math.abs(count - 4_000 / 34)).toBeLessThan(4_000 / 34 / 3)
    for (const place of [...national.producers, ...national.salesPoints]) {
      expect(findWard(place.province_code, place.ward_code), `${place.handle} in ${place.ward_code}`).toBeDefined()
      expect(isValidVietnamPhone(place.phone), place.phone).toBe(true)
    }
  })

  it("places everyone within a few kilometres of the province's seat, with the address of the ward after the 2025 reform", () => {
    for (const producer of national.producers.slice(0, 500)) {
      const [lat, lng] = PROVINCE_SEATS[producer.province_code]!
      expect(Math.abs(producer.latitude - lat) + Math.abs(producer.longitude - lng)).toBeLessThan(0.06)
      const ward = findWard(producer.province_code, producer.ward_code)!
      expect(producer.address_as_certified.toLowerCase()).toContain(ward.name.toLowerCase())
      expect(producer.address_as_certified).not.toMatch(/huyện/)
    }
  })

  it("sells each product in its producer's province only, and rates and certifies it like the Đắk Lắk generator", () => {
    const provinceOf = new Map(national.producers.map((p) => [p.handle, p.province_code]))
    const pointProvince = new Map([...data.salesPoints, ...national.salesPoints].map((p) => [p.handle, p.province_code]))
    for (const product of national.products.slice(0, 2_000)) {
      expect(product.sales_points.length).toBeGreaterThanOrEqual(1)
      for (const handle of product.sales_points) expect(pointProvince.get(handle)).toBe(provinceOf.get(product.producer))
      const c = product.certification
      expect(checkStarsMatchScore(c.stars, c.score, c.criteria_version).ok).toBe(true)
      expect(isShowable(c, NOW)).toBe(true)
      if (product.certification.level === "province") expect(product.certification.certificate_no).toContain(`OCOP-${provinceOf.get(product.producer)}-`)
    }
    expect(share(national.products, (p) => p.certification.stars === 3)).toBeGreaterThan(0.7)
  })

  it("uses handles, SKUs and numbers apart from the Đắk Lắk generator's, so both fit in one database", () => {
    const handles = [...national.products, ...big.products].map((p) => p.handle)
    expect(duplicates(handles)).toEqual([])
    expect(duplicates([...national.producers, ...big.producers].map((p) => p.handle))).toEqual([])
    expect(duplicates([...national.salesPoints, ...data.salesPoints].map((p) => p.handle))).toEqual([])
    expect(duplicates([...national.products, ...big.products].map((p) => p.certification.certificate_no!))).toEqual([])
    expect(national.products[0]!.handle).toMatch(/-n1$/)
    // Product i stays product i, whatever N.
    expect(generateCatalogue(50, data, NOW, provinces).products).toEqual(national.products.slice(0, 50))
  })

  it("reads its provinces as `all` or as codes, and refuses a code no province has", () => {
    expect(parseProvinces("all")).toHaveLength(34)
    expect(parseProvinces("66,79,66")).toEqual(["66", "79"])
    expect(() => parseProvinces("66,99")).toThrow(/99/)
    expect(() => parseSeedArgs(["provinces=all"])).toThrow(/--scale/)
    expect(parseSeedArgs(["scale=100", "provinces=66,79"])).toEqual({ scale: 100, orders: 0, provinces: ["66", "79"] })
    expect(parseSeedArgs(["--scale", "100", "--provinces=all", "orders=5"])).toMatchObject({ scale: 100, orders: 5 })
  })
})

function countBy(values: string[]) {
  return values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {})
}
