/**
 * What must hold of stock after any number of checkouts, however they interleaved: nothing is reserved beyond
 * what is stocked, every level's reserved count is the sum of its reservations, and every order line still to be
 * shipped is reserved in full. The concurrency tests run this after every race; an operator can run it through
 * `GET /admin/ocop/stock-check`.
 */
import type { IInventoryService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"

export type StockViolation =
  | { kind: "reserved_beyond_stock"; inventory_item_id: string; location_id: string; stocked: number; reserved: number }
  | { kind: "reserved_count_drift"; inventory_item_id: string; location_id: string; level_reserved: number; reservations: number }
  | { kind: "order_line_not_reserved"; order_id: string; line_item_id: string; inventory_item_id: string; needed: number; reserved: number }

const PAGE = 500

/** Quantities come as numbers, strings or BigNumber objects depending on the module. */
const amount = (value: unknown) => (value == null ? 0 : MathBN.convert(value as any).toNumber())

async function allPages<T>(page: (skip: number) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = []
  for (let skip = 0; ; skip += PAGE) {
    const batch = await page(skip)
    rows.push(...batch)
    if (batch.length < PAGE) return rows
  }
}

export async function findStockViolations(container: MedusaContainer): Promise<StockViolation[]> {
  const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [levels, reservations, orders] = await Promise.all([
    allPages((skip) => inventory.listInventoryLevels({}, { skip, take: PAGE, order: { id: "ASC" } })),
    allPages((skip) => inventory.listReservationItems({}, { skip, take: PAGE, order: { id: "ASC" } })),
    allPages(async (skip) => {
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "status",
          "items.id",
          "items.quantity",
          "items.detail.fulfilled_quantity",
          "items.variant.manage_inventory",
          "items.variant.allow_backorder",
          "items.variant.inventory_items.inventory_item_id",
          "items.variant.inventory_items.required_quantity",
        ],
        pagination: { skip, take: PAGE, order: { id: "ASC" } },
      })
      return data as any[]
    }),
  ])

  const violations: StockViolation[] = []
  const reservedAt = new Map<string, number>()
  const reservedFor = new Map<string, number>()
  for (const r of reservations) {
    const at = `${r.inventory_item_id}|${r.location_id}`
    reservedAt.set(at, (reservedAt.get(at) ?? 0) + amount(r.quantity))
    if (r.line_item_id) {
      const line = `${r.line_item_id}|${r.inventory_item_id}`
      reservedFor.set(line, (reservedFor.get(line) ?? 0) + amount(r.quantity))
    }
  }

  for (const level of levels) {
    const stocked = amount(level.stocked_quantity)
    const reserved = amount(level.reserved_quantity)
    const where = { inventory_item_id: level.inventory_item_id, location_id: level.location_id }
    if (reserved > stocked) violations.push({ kind: "reserved_beyond_stock", ...where, stocked, reserved })
    const sum = reservedAt.get(`${level.inventory_item_id}|${level.location_id}`) ?? 0
    if (sum !== reserved) violations.push({ kind: "reserved_count_drift", ...where, level_reserved: reserved, reservations: sum })
  }

  for (const order of orders) {
    if (order.status === "canceled") continue
    for (const item of order.items ?? []) {
      const variant = item?.variant
      if (!variant?.manage_inventory || variant.allow_backorder) continue
      const toShip = amount(item.quantity) - amount(item.detail?.fulfilled_quantity)
      if (toShip <= 0) continue
      for (const link of variant.inventory_items ?? []) {
        const needed = toShip * amount(link.required_quantity ?? 1)
        const reserved = reservedFor.get(`${item.id}|${link.inventory_item_id}`) ?? 0
        if (reserved !== needed) {
          violations.push({ kind: "order_line_not_reserved", order_id: order.id, line_item_id: item.id, inventory_item_id: link.inventory_item_id, needed, reserved })
        }
      }
    }
  }
  return violations
}
