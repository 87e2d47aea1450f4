import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { projectRegister, type ProductGraph } from "../workflows/utils/project-product"

const BATCH = 500

/**
 * Fills the public register (docs/decisions/029) once for a database certified before it existed. From then on
 * every certify, renew, revoke, expire and product change keeps it in step through the projection; run by
 * `medusa db:migrate` once (Medusa records migration scripts it has run).
 */
export default async function fillPublicRegister({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  let filled = 0
  for (let skip = 0; ; skip += BATCH) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "title", "metadata", "certifications.*", "producer.id", "producer.handle", "producer.name", "producer.entity_type", "producer.province_code"],
      pagination: { skip, take: BATCH, order: { id: "ASC" } },
    })
    if (!data.length) break
    const products = data as unknown as ProductGraph[]
    const entries = products.flatMap(projectRegister)
    await ocop.replaceRegisterEntries(products.map((product) => product.id), entries)
    filled += entries.length
    if (data.length < BATCH) break
  }
  logger.info(`OCOP: the public register holds ${filled} certificates`)
}
