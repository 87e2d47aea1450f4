import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../modules/fair"
import { OCOP_MODULE } from "../../modules/ocop"

/** The OCOP links this step can rewrite, named by what they join. */
const LINKS = {
  product_producer: {
    entity: "product",
    otherEntity: "producer",
    field: "producer.id",
    pair: (productId: string, producerId: string) => ({
      [Modules.PRODUCT]: { product_id: productId },
      [OCOP_MODULE]: { producer_id: producerId },
    }),
  },
  product_sales_points: {
    entity: "product",
    otherEntity: "sales_point",
    field: "sales_points.id",
    pair: (productId: string, salesPointId: string) => ({
      [OCOP_MODULE]: { sales_point_id: salesPointId },
      [Modules.PRODUCT]: { product_id: productId },
    }),
  },
  sales_point_products: {
    entity: "sales_point",
    otherEntity: "product",
    field: "products.id",
    pair: (salesPointId: string, productId: string) => ({
      [OCOP_MODULE]: { sales_point_id: salesPointId },
      [Modules.PRODUCT]: { product_id: productId },
    }),
  },
  sales_point_stock_location: {
    entity: "sales_point",
    otherEntity: "stock_location",
    field: "stock_location.id",
    pair: (salesPointId: string, stockLocationId: string) => ({
      [OCOP_MODULE]: { sales_point_id: salesPointId },
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    }),
  },
  booth_products: {
    entity: "booth",
    otherEntity: "product",
    field: "products.id",
    pair: (boothId: string, productId: string) => ({
      [FAIR_MODULE]: { booth_id: boothId },
      [Modules.PRODUCT]: { product_id: productId },
    }),
  },
} as const

export type ReplaceLinksInput = {
  link: keyof typeof LINKS
  /** The record whose links are replaced. */
  id: string
  /** The records it should be linked to afterwards, and only those. */
  target_ids: string[]
}

/**
 * Makes one record linked to exactly these targets: dismisses the links it no longer needs and creates the
 * missing ones. Returns every id on the other side that changed, so callers can re-project products.
 * Undo restores the previous set.
 */
export const replaceLinksStep = createStep(
  "ocop-replace-links",
  async (input: ReplaceLinksInput, { container }) => {
    const definition = LINKS[input.link]
    const before = await linkedIds(container, input.link, input.id)
    const wanted = [...new Set(input.target_ids)]
    const add = wanted.filter((id) => !before.includes(id))
    await assertExist(container, definition.otherEntity, add)
    const remove = before.filter((id) => !wanted.includes(id))
    await apply(container, input.link, input.id, add, remove)
    return new StepResponse(
      { added: add, removed: remove, changed: [...add, ...remove] },
      { link: input.link, id: input.id, add, remove, entity: definition.entity }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await apply(container, undo.link, undo.id, undo.remove, undo.add)
  }
)

async function linkedIds(container: any, link: ReplaceLinksInput["link"], id: string): Promise<string[]> {
  const definition = LINKS[link]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: definition.entity, fields: ["id", definition.field], filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy ${id} / ${id} not found`)
  }
  const [relation] = definition.field.split(".")
  const value = (data[0] as any)[relation]
  return (Array.isArray(value) ? value : value ? [value] : []).filter(Boolean).map((v: any) => v.id as string)
}

async function assertExist(container: any, entity: string, ids: string[]) {
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
  const found = new Set(data.map((row: any) => row.id))
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Không có ${entity} ${missing.join(", ")} / ${entity} ${missing.join(", ")} does not exist`
    )
  }
}

async function apply(container: any, link: ReplaceLinksInput["link"], id: string, add: string[], remove: string[]) {
  const definition = LINKS[link]
  const remoteLink = container.resolve(ContainerRegistrationKeys.LINK)
  if (remove.length) await remoteLink.dismiss(remove.map((other) => definition.pair(id, other)))
  if (add.length) await remoteLink.create(add.map((other) => definition.pair(id, other)))
}
