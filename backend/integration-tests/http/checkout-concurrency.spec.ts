/**
 * Never oversold: many shoppers checking out the last units at once. Medusa reserves stock inside its cart
 * completion under a lock per inventory item (reserveInventoryStep) that waits 5 s at most; the plugin's gate in
 * front of completion (plugins/ocop/src/checkout/stock-gate.ts) queues them per item for longer and refuses the
 * sold-out ones with a 400. Real parallel HTTP requests against one variant; the timings are printed.
 */
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { findStockViolations } from "@ocop/medusa-plugin-ocop/checkout/stock-invariants"
import { shopper } from "../fixtures/checkout"
import { createMarketplaceWorld, type MarketplaceWorld } from "../fixtures/marketplace"

const SHOPPERS = 50
const STOCK = 20

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: MarketplaceWorld

    beforeAll(async () => {
      world = await createMarketplaceWorld(getContainer())
    })

    afterEach(async () => {
      expect(await findStockViolations(getContainer())).toEqual([])
    })

    it(`sells exactly ${STOCK} when ${SHOPPERS} shoppers check out the last ${STOCK} at once: the rest are told it is out of stock`, async () => {
      const variantId = world.products.coffee.variant_ids[0]!
      const me = shopper(api, world.storefront)
      const carts: string[] = []
      // Ten at a time, each shopper with an e-mail of their own: the carts are the set-up, not the race.
      for (let i = 0; i < SHOPPERS; i += 10) {
        const batch = Array.from({ length: Math.min(10, SHOPPERS - i) }, (_, j) =>
          me.ready([{ variant_id: variantId, quantity: 1 }], "pp_system_default", `khach${i + j}@example.vn`)
        )
        carts.push(...(await Promise.all(batch)))
      }

      const started = performance.now()
      const timed = await Promise.all(carts.map((cartId) => timedComplete(me, cartId)))
      const wall = performance.now() - started
      const answers = timed.map((t) => t.answer)
      const statuses = answers.map((a) => a.status)
      const orders = answers.filter((a) => a.status === 200 && a.data.type === "order")
      const refused = answers.filter((a) => a.status >= 400 && a.status < 500)
      console.log(
        `concurrency: ${SHOPPERS} parallel completions of stock ${STOCK}: ${orders.length} orders, ${refused.length} refused, ` +
          `statuses ${JSON.stringify(countBy(statuses))}; all answered in ${(wall / 1000).toFixed(1)} s; ` +
          `completion p50 ${p(timed.map((t) => t.ms), 50)} ms, p95 ${p(timed.map((t) => t.ms), 95)} ms ` +
          `(orders p95 ${p(timed.filter((t) => t.answer.status === 200).map((t) => t.ms), 95)} ms, refusals p95 ${p(timed.filter((t) => t.answer.status >= 400).map((t) => t.ms), 95)} ms)`
      )
      expect(statuses.filter((s) => s >= 500)).toEqual([])
      expect(orders).toHaveLength(STOCK)
      expect(refused).toHaveLength(SHOPPERS - STOCK)
      for (const answer of refused) expect(answer.data.message).toMatch(/inventory|stock|kho/i)
      expect(new Set(orders.map((a) => a.data.order.id)).size).toBe(STOCK)

      const orderModule = getContainer().resolve(Modules.ORDER)
      expect(await orderModule.listOrders({}, { select: ["id"] })).toHaveLength(STOCK)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"] })
      expect(new Set(links.map((l: any) => l.cart_id)).size).toBe(links.length)
      const { data } = await query.graph({
        entity: "variant",
        fields: ["inventory_items.inventory.location_levels.stocked_quantity", "inventory_items.inventory.location_levels.reserved_quantity", "inventory_items.inventory.location_levels.available_quantity"],
        filters: { id: variantId },
      })
      const level = (data[0] as any).inventory_items[0].inventory.location_levels[0]
      expect({ stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity), available: Number(level.available_quantity) }).toEqual({
        stocked: STOCK,
        reserved: STOCK,
        available: 0,
      })
    }, SLOW_MACHINE_MS)

    it(`sells exactly ${STOCK} split purchases when ${SHOPPERS} shoppers each buy from two producers, the first with ${STOCK} in stock: no orphan order`, async () => {
      // The Ea Tu cooperative's coffee has 20 bags; the Krông Bông honey enough for everyone.
      const coffee = world.goods.coffee.variant_ids[0]!
      const honey = world.goods.honey.variant_ids[0]!
      const me = shopper(api, world.storefront)
      const carts: string[] = []
      for (let i = 0; i < SHOPPERS; i += 10) {
        const batch = Array.from({ length: Math.min(10, SHOPPERS - i) }, (_, j) =>
          me.ready([{ variant_id: coffee, quantity: 1 }, { variant_id: honey, quantity: 1 }], "pp_system_default", `tach${i + j}@example.vn`)
        )
        carts.push(...(await Promise.all(batch)))
      }
      const started = performance.now()
      const timed = await Promise.all(carts.map((cartId) => timedComplete(me, cartId)))
      const wall = performance.now() - started
      const answers = timed.map((t) => t.answer)
      const placed = answers.filter((a) => a.status === 200 && a.data.type === "order")
      const refused = answers.filter((a) => a.status >= 400 && a.status < 500)
      console.log(
        `concurrency: ${SHOPPERS} parallel split completions (2 producers) of stock ${STOCK}: ${placed.length} purchases, ${refused.length} refused, ` +
          `all answered in ${(wall / 1000).toFixed(1)} s; completion p95 ${p(timed.map((t) => t.ms), 95)} ms`
      )
      expect(answers.filter((a) => a.status >= 500)).toEqual([])
      expect(placed).toHaveLength(STOCK)
      expect(refused).toHaveLength(SHOPPERS - STOCK)
      for (const answer of refused) expect(answer.data.message).toMatch(/inventory|stock|kho/i)
      expect(placed.every((a) => a.data.order_group.parcel_count === 2)).toBe(true)

      // Every order is a parcel of a whole purchase: 20 purchases of 2 orders, nothing else anywhere.
      const marketplace = getContainer().resolve("marketplace") as any
      const groups = await marketplace.listOrderGroups({})
      expect(groups).toHaveLength(STOCK)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "order_group.id", "producer.id"] })
      expect(orders).toHaveLength(2 * STOCK)
      expect(orders.every((o: any) => !!o.order_group?.id && !!o.producer?.id)).toBe(true)
      const perGroup = new Map<string, number>()
      for (const order of orders as any[]) perGroup.set(order.order_group.id, (perGroup.get(order.order_group.id) ?? 0) + 1)
      expect([...perGroup.values()].every((n) => n === 2)).toBe(true)
      expect(await marketplace.listProducerOrders({}, { take: 1000 })).toHaveLength(2 * STOCK)
      expect(await marketplace.listCommissionLines({}, { take: 1000 })).toHaveLength(2 * STOCK)
      const levelOf = async (variantId: string) => {
        const { data } = await query.graph({
          entity: "variant",
          fields: ["inventory_items.inventory.location_levels.stocked_quantity", "inventory_items.inventory.location_levels.reserved_quantity"],
          filters: { id: variantId },
        })
        const level = (data[0] as any).inventory_items[0].inventory.location_levels[0]
        return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
      }
      expect(await levelOf(coffee)).toEqual({ stocked: STOCK, reserved: STOCK })
      expect(await levelOf(honey)).toEqual({ stocked: 40, reserved: STOCK })
    }, SLOW_MACHINE_MS)

    it(`completes carts of ${PARALLEL} parallel shoppers, ${ROUNDS} rounds, and reports the p95 of cart completion`, async () => {
      const variantId = world.products.honey.variant_ids[0]!
      const me = shopper(api, world.storefront)
      const times: number[] = []
      for (let round = 0; round < ROUNDS; round++) {
        const carts = await Promise.all(
          Array.from({ length: PARALLEL }, (_, j) => me.ready([{ variant_id: variantId, quantity: 1 }], "pp_system_default", `mat${round}-${j}@example.vn`))
        )
        const timed = await Promise.all(carts.map((cartId) => timedComplete(me, cartId)))
        expect(timed.map((t) => t.answer.status)).toEqual(carts.map(() => 200))
        times.push(...timed.map((t) => t.ms))
      }
      console.log(`cart completion under ${PARALLEL} parallel shoppers (${times.length} carts, one product): p50 ${p(times, 50)} ms, p95 ${p(times, 95)} ms, max ${p(times, 100)} ms`)
      expect(times).toHaveLength(PARALLEL * ROUNDS)
    }, SLOW_MACHINE_MS)
  },
})

const PARALLEL = 10
/**
 * Each test sets up 30–50 carts, then waits for completions queued one after another on one item: seconds on a
 * quiet machine, minutes on two cores shared with other builds (seen: over 120 s). Timings are printed, not asserted.
 */
const SLOW_MACHINE_MS = 360_000
const ROUNDS = 3

async function timedComplete(me: ReturnType<typeof shopper>, cartId: string) {
  const t0 = performance.now()
  const answer = await me.complete(cartId)
  return { answer, ms: performance.now() - t0 }
}

/** Nearest-rank percentile, in whole milliseconds. */
function p(values: number[], percentile: number) {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((percentile / 100) * sorted.length) - 1)]!)
}

function countBy(values: number[]) {
  return values.reduce<Record<number, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {})
}
