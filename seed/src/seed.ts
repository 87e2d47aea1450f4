/**
 * Entry point run by `medusa exec` (through `npm start` or `npm run seed`): the commerce frame, the admin login,
 * then the Đắk Lắk dataset of `seed/data/` through Medusa's and the OCOP plugin's workflows, and with
 * `scale=N` (`npm run seed -- --scale N`) N generated products on top, with `provinces=all` spread over the country. Writes what the storefront and scripts
 * need (the publishable key, the region) to the file named by OCOP_SEED_OUTPUT.
 *
 * Idempotent by handle: a second run adds nothing, a changed data file adds what is new.
 */
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureDeliveryOptions } from "@ocop/medusa-plugin-ocop/workflows"
import { loadSeedData, type SeedData } from "./data"
import type { Motif } from "./images/illustration"
import { generateCatalogue, generatedIllustrations } from "./generate/catalogue"
import { parseProvinces } from "./generate/national"
import { linkAndCertifyInBulk, linkAndCertifyOneByOne } from "./load/catalogue"
import { ensureAdminUser, ensureCommerceFrame, type CommerceFrame } from "./load/commerce"
import { uploadIllustrations } from "./load/images"
import { demoProducer, ensureProducerOwner } from "./load/producer-owner"
import { ensureFairs } from "./load/fairs"
import { ensureProducers } from "./load/producers"
import { ensureBulkOrders } from "./load/orders"
import { ensureProducts } from "./load/products"
import { ensureProgrammeTargets } from "./load/programme"
import { ensurePromotions } from "./load/promotions"
import { ensureSalesPoints } from "./load/sales-points"
import { chunks, type Container } from "./load/util"

/** Products per batch of the generator: big enough to amortise each workflow run, small enough to stay light. */
const GENERATED_BATCH = 500

/** `provinces`: undefined for the Đắk Lắk generator, else the provinces the national one spreads over. */
export type SeedOptions = { scale: number; orders: number; provinces?: string[] }

/**
 * `medusa exec` hands over positional arguments only: `scale=N`, `orders=N`, `provinces=all` (or
 * `provinces=66,79`); `--scale N` and `--scale=N` are accepted too, and the same for orders and provinces.
 */
export function parseSeedArgs(args: readonly string[] = []): SeedOptions {
  const options: SeedOptions = { scale: 0, orders: 0 }
  for (let i = 0; i < args.length; i++) {
    const match = /^(?:--)?(scale|orders|provinces)(?:=(.*))?$/.exec(args[i]!)
    if (!match) throw new Error(`Unknown seed argument "${args[i]}" (known: --scale N, --provinces all|66,79, --orders N)`)
    const value = match[2] ?? args[++i]
    if (match[1] === "provinces") {
      options.provinces = parseProvinces(value ?? "")
      continue
    }
    if (!value || !/^\d+$/.test(value)) throw new Error(`--${match[1]} needs a whole number, not "${value ?? ""}"`)
    options[match[1] as "scale" | "orders"] = Number(value)
  }
  if (options.provinces && !options.scale) throw new Error("--provinces spreads the generated products: give --scale N with it")
  return options
}

export default async function seed({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = parseSeedArgs(args)
  const now = new Date()
  const data = loadSeedData()
  const started = Date.now()
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const at = Date.now()
    const result = await work()
    logger.info(`Seed: ${name} in ${Date.now() - at} ms`)
    return result
  }

  const frame = await step("commerce frame", () => ensureCommerceFrame(container))
  // No fallback password: the bootstrap hands over the data folder's random one (scripts/lib/admin-password.mjs).
  const adminPassword = process.env.OCOP_ADMIN_PASSWORD
  if (adminPassword) await ensureAdminUser(container, process.env.OCOP_ADMIN_EMAIL || "admin@ocop.local", adminPassword)
  else logger.warn("Seed: no OCOP_ADMIN_PASSWORD, so no admin login was created (npm start and npm run seed set it)")

  const producers = await step("producers", () => ensureProducers(container, data.producers))
  const salesPoints = await step("sales points and their pickup locations", () => ensureSalesPoints(container, frame, data.salesPoints))
  const delivery = await step("home delivery per zone and pickup at each sales point", () =>
    ensureDeliveryOptions(container, {
      warehouseLocationId: frame.stockLocationId,
      shippingProfileId: frame.shippingProfileId,
      regionId: frame.regionId,
    })
  )
  const products = await step("products, images and stock", () =>
    ensureProducts(container, frame, data.products, (missing) => uploadIllustrations(container, missing.map(illustrationOf(data))))
  )
  const ids = { products: products.ids, producers: producers.ids, salesPoints: salesPoints.ids }
  const catalogue = await step("producers, sales points and certifications of products", () =>
    linkAndCertifyOneByOne(container, data.products, ids, now)
  )
  const targets = await step("programme targets", () => ensureProgrammeTargets(container, data.programmeTargets))
  const promotions = await step("promo codes (Tết 2027, and an ended one)", () => ensurePromotions(container))
  const fairs = await step("fairs, their booths and buyers' enquiries", () => ensureFairs(container, data.fairs, products.ids, producers.ids, now))
  // Like the admin's, the demo producer's password is the data folder's random one, handed over by the bootstrap.
  const producerPassword = process.env.OCOP_PRODUCER_PASSWORD
  const producerEmail = process.env.OCOP_PRODUCER_EMAIL || "nguoiban@ocop.local"
  const seller = demoProducer(data.producers)
  if (producerPassword) {
    await step("demo producer owner", () =>
      ensureProducerOwner(container, { producerId: producers.ids.get(seller.handle)!, email: producerEmail, password: producerPassword, name: seller.representative })
    )
  } else logger.warn("Seed: no OCOP_PRODUCER_PASSWORD, so no seller-portal login was created (npm start and npm run seed set it)")
  const summary = {
    producers_created: producers.created,
    sales_points_created: salesPoints.created,
    delivery_created: delivery,
    products_created: products.created,
    certifications_created: catalogue.certified,
    programme_targets_created: targets,
    promotions_created: promotions,
    fairs_created: fairs.fairs,
    booths_created: fairs.booths,
    trade_leads_created: fairs.leads,
    generated: options.scale ? await step(`${options.scale} generated products`, () => generate(container, frame, data, options, salesPoints.ids, now)) : undefined,
    orders: options.orders
      ? await step(`${options.orders} producers' orders`, () => ensureBulkOrders(container, frame, options.orders, producers.ids.get(seller.handle)!))
      : undefined,
  }
  logger.info(`Seed: done in ${Date.now() - started} ms: ${JSON.stringify(summary)}`)

  const output = process.env.OCOP_SEED_OUTPUT
  if (output) {
    const producerLogin = producerPassword ? { producer_email: producerEmail, producer_handle: seller.handle } : {}
    fs.writeFileSync(output, JSON.stringify({ publishable_key: frame.publishableKey, region_id: frame.regionId, ...producerLogin, ...summary }, null, 2))
  }
}

/** An illustration of the product's kind, with its name and, below it, where it comes from. */
function illustrationOf(data: SeedData) {
  const districtOf = new Map(
    data.producers.map((p) => [p.handle, /(?:huyện|thị xã|thành phố) ([^,]+), tỉnh/.exec(p.address_as_certified)?.[1]])
  )
  return (product: SeedData["products"][number]) => ({
    key: product.handle,
    title: product.title,
    motif: product.image_motif as Motif,
    label: `${districtOf.get(product.producer)} · Đắk Lắk`,
  })
}

async function generate(
  container: Container,
  frame: CommerceFrame,
  data: SeedData,
  { scale, provinces }: SeedOptions,
  dataSalesPointIds: Map<string, string>,
  now: Date
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const catalogue = generateCatalogue(scale, data, now, provinces)
  const salesPointIds = new Map(dataSalesPointIds)
  for (const batch of chunks(catalogue.salesPoints, GENERATED_BATCH)) {
    const points = await ensureSalesPoints(container, frame, batch, { pickup: false })
    for (const [handle, id] of points.ids) salesPointIds.set(handle, id)
  }
  const producers = await ensureProducers(container, catalogue.producers)
  let shared: Promise<Map<string, string>> | undefined
  const counts = { producers_created: producers.created, products_created: 0, certifications_created: 0 }
  for (const [n, batch] of chunks(catalogue.products, GENERATED_BATCH).entries()) {
    const at = Date.now()
    const products = await ensureProducts(container, frame, batch, async (missing) => {
      const urls = await (shared ??= uploadIllustrations(container, generatedIllustrations()))
      return new Map(missing.map((p) => [p.handle, urls.get(p.image_key)!]))
    })
    const linked = await linkAndCertifyInBulk(container, batch, { products: products.ids, producers: producers.ids, salesPoints: salesPointIds }, now)
    counts.products_created += products.created
    counts.certifications_created += linked.certified
    logger.info(`Seed: generated batch ${n + 1} (${products.created} products, ${linked.certified} certified) in ${Date.now() - at} ms`)
  }
  return counts
}
