/**
 * Entry point run by `medusa exec` (through `npm start` or `npm run seed`): builds the commerce frame,
 * the admin login and the catalogue from `seed/data/`, then writes what the storefront and scripts need
 * (the publishable key) to the file named by OCOP_SEED_OUTPUT.
 */
import fs from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser, ensureCommerceFrame } from "./load/commerce"
import { ensureProducts, type SeedProduct } from "./load/products"
import { isShowable } from "../../plugins/ocop/src/modules/ocop/rules"

const DATA_DIR = process.env.OCOP_SEED_DATA_DIR || path.resolve(__dirname, "../data")

type SeedProductWithCertification = SeedProduct & {
  certification: Parameters<typeof isShowable>[0]
}

function readData<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), "utf8")) as T
}

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()

  const frame = await ensureCommerceFrame(container)
  await ensureAdminUser(
    container,
    process.env.OCOP_ADMIN_EMAIL || "admin@ocop.local",
    process.env.OCOP_ADMIN_PASSWORD || "ocop-admin"
  )

  const products = readData<SeedProductWithCertification[]>("products.json")
  const now = new Date()
  const showable = new Set(products.filter((p) => isShowable(p.certification, now)).map((p) => p.handle))
  const { created } = await ensureProducts(container, frame, products, (handle) => showable.has(handle))

  logger.info(`Seed: ${created} products created (${products.length} in the data) in ${Date.now() - started} ms`)
  const output = process.env.OCOP_SEED_OUTPUT
  if (output) {
    fs.writeFileSync(
      output,
      JSON.stringify({ publishable_key: frame.publishableKey, region_id: frame.regionId, products_created: created }, null, 2)
    )
  }
}
