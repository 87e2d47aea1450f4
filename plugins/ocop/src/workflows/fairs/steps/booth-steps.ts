import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import type FairModuleService from "../../../modules/fair/service"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type BoothFields = {
  number: string
  zone_id?: string | null
  producer_id: string
  x: number
  y: number
  width?: number
  height?: number
  /** The certified products shown, replaced as a whole. */
  product_ids: string[]
}

/** A new booth (no `booth_id`) or a change to one; `now` judges which products are showable (tests move it). */
export type SaveBoothInput = Partial<BoothFields> & { fair_id: string; booth_id?: string; now?: string }
export type CheckedBooth = BoothFields & { fair_id: string; booth_id?: string; width: number; height: number }

const invalid = (vi: string, en: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`)

type Rect = { x: number; y: number; width: number; height: number }
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * Everything a booth must be before it is written, read only: its fair, zone and number; a place on the floor
 * plan inside the grid and clear of the other booths; a producer of the register; and only products of that
 * producer that a shopper may see now (the catalogue read model answers exactly rules.ts' isShowable).
 */
export const checkBoothStep = createStep("ocop-check-booth", async (input: SaveBoothInput, { container }) => {
  const fairs: FairModuleService = container.resolve(FAIR_MODULE)
  const [fair] = await fairs.listFairs({ id: input.fair_id }, { select: ["id", "floor_columns", "floor_rows"] })
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có hội chợ ${input.fair_id} / fair ${input.fair_id} not found`)
  const booths = await fairs.listBooths({ fair_id: fair.id })
  const before = input.booth_id ? booths.find((b) => b.id === input.booth_id) : undefined
  if (input.booth_id && !before) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có gian hàng ${input.booth_id} trong hội chợ này / booth ${input.booth_id} not found in this fair`)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let productIds = input.product_ids
  if (!productIds && before) {
    const { data } = await query.graph({ entity: "booth", fields: ["products.id"], filters: { id: before.id } })
    productIds = ((data[0] as any)?.products ?? []).filter(Boolean).map((p: any) => p.id as string)
  }
  const booth: CheckedBooth = {
    fair_id: fair.id,
    booth_id: before?.id,
    number: (input.number ?? before?.number)!,
    zone_id: input.zone_id !== undefined ? input.zone_id : (before?.zone_id ?? null),
    producer_id: (input.producer_id ?? before?.producer_id)!,
    x: (input.x ?? before?.x)!,
    y: (input.y ?? before?.y)!,
    width: input.width ?? before?.width ?? 1,
    height: input.height ?? before?.height ?? 1,
    product_ids: [...new Set(productIds ?? [])],
  }
  if (!booth.number || booth.producer_id == null || booth.x == null || booth.y == null) {
    throw invalid("Gian hàng cần số, chủ thể và vị trí", "a booth needs a number, a producer and a place on the floor plan")
  }
  if (booths.some((other) => other.id !== booth.booth_id && other.number === booth.number)) {
    throw invalid(`Hội chợ đã có gian hàng số ${booth.number}`, `the fair already has a booth numbered ${booth.number}`)
  }
  if (booth.zone_id) {
    const [zone] = await fairs.listFairZones({ id: booth.zone_id, fair_id: fair.id }, { select: ["id"] })
    if (!zone) throw invalid(`Khu ${booth.zone_id} không thuộc hội chợ này`, `zone ${booth.zone_id} is not one of this fair's`)
  }
  if (booth.x + booth.width > fair.floor_columns || booth.y + booth.height > fair.floor_rows) {
    throw invalid(
      `Gian hàng ${booth.number} nằm ngoài sơ đồ (${fair.floor_columns} × ${fair.floor_rows} ô)`,
      `booth ${booth.number} lies outside the floor plan (${fair.floor_columns} × ${fair.floor_rows} cells)`
    )
  }
  const clash = booths.find((other) => other.id !== booth.booth_id && overlaps(other, booth))
  if (clash) {
    throw invalid(`Gian hàng ${booth.number} chồng lên gian hàng ${clash.number}`, `booth ${booth.number} overlaps booth ${clash.number}`)
  }
  const { data: producers } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: booth.producer_id } })
  if (!producers.length) throw invalid(`Không có chủ thể ${booth.producer_id}`, `producer ${booth.producer_id} does not exist`)

  if (booth.product_ids.length) {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    const { rows } = await ocop.listCatalogue({ now, product_ids: booth.product_ids }, { limit: booth.product_ids.length, offset: 0 })
    const showable = new Map(rows.map((row) => [row.product_id, row]))
    const refused = booth.product_ids.filter((id) => showable.get(id)?.producer_id !== booth.producer_id)
    if (refused.length) {
      const { data } = await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: refused } })
      const names = refused.map((id) => (data as any[]).find((p) => p.id === id)?.title ?? id).join(", ")
      throw invalid(
        `Gian hàng chỉ trưng bày sản phẩm OCOP đang được chứng nhận (3 sao trở lên) của chính chủ thể: ${names}`,
        `a booth shows only its producer's own products with a valid certificate of 3 stars or more: ${names}`
      )
    }
  }
  return new StepResponse(booth)
})

/** Creates or changes a booth; undo deletes the new one or writes back the old values. */
export const upsertBoothStep = createStep(
  "ocop-upsert-booth",
  async ({ booth_id, product_ids: _, ...fields }: CheckedBooth, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    type Undo = { created?: string; previous?: Record<string, unknown> & { id: string } }
    if (!booth_id) {
      const created = await fairs.createBooths(fields)
      return new StepResponse<{ id: string }, Undo>(created, { created: created.id })
    }
    const [before] = await fairs.listBooths({ id: booth_id })
    const updated = await fairs.updateBooths({ id: booth_id, ...fields })
    const previous = { id: booth_id, number: before!.number, zone_id: before!.zone_id, producer_id: before!.producer_id, x: before!.x, y: before!.y, width: before!.width, height: before!.height }
    return new StepResponse<{ id: string }, Undo>(updated, { previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    if (undo.created) await fairs.deleteBooths(undo.created)
    if (undo.previous) await fairs.updateBooths(undo.previous as any)
  }
)

export const deleteBoothStep = createStep(
  "ocop-delete-booth",
  async ({ fair_id, id }: { fair_id: string; id: string }, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    const [booth] = await fairs.listBooths({ id, fair_id }, { select: ["id"] })
    if (!booth) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có gian hàng ${id} trong hội chợ này / booth ${id} not found in this fair`)
    await fairs.softDeleteBooths(id)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FairModuleService>(FAIR_MODULE).restoreBooths(id)
  }
)

/**
 * What the fair's sales point must carry after a change to its booths: every product some booth shows. Reads
 * only; null when the fair has no sales point (an admin deleted it), and then nothing is kept in step.
 */
export const fairShowcaseStep = createStep("ocop-fair-showcase", async ({ fair_id }: { fair_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "fair", fields: ["id", "sales_point.id", "booths.id", "booths.products.id"], filters: { id: fair_id } })
  const fair = data[0] as any
  const productIds = new Set<string>()
  for (const booth of fair?.booths ?? []) for (const product of booth?.products ?? []) if (product) productIds.add(product.id)
  return new StepResponse({ sales_point_id: (fair?.sales_point?.id as string | undefined) ?? null, product_ids: [...productIds] })
})
