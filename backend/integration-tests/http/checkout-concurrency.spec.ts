/**
 * Never oversold: many shoppers checking out the last units at once. Medusa reserves stock inside its cart
 * completion under a lock per inventory item (reserveInventoryStep); this holds it to that with real parallel
 * HTTP requests against one variant.
 */
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCheckoutWorld, shopper, type CheckoutWorld } from "../fixtures/checkout"

const SHOPPERS = 50
const STOCK = 20

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld

    beforeAll(async () => {
      world = await createCheckoutWorld(getContainer())
    })

    it(`sells exactly ${STOCK} when ${SHOPPERS} shoppers check out the last ${STOCK} at once: the rest are told it is out of stock`, async () => {
      const variantId = world.products.coffee.variant_ids[0]!
      const me = shopper(api, world.storefront)
      const carts: string[] = []
      // Ten at a time: the carts are the set-up, not the race.
      for (let i = 0; i < SHOPPERS; i += 10) {
        carts.push(...(await Promise.all(Array.from({ length: Math.min(10, SHOPPERS - i) }, () => me.ready([{ variant_id: variantId, quantity: 1 }])))))
      }

      const answers = await Promise.all(carts.map((cartId) => me.complete(cartId)))
      const statuses = answers.map((a) => a.status)
      const orders = answers.filter((a) => a.status === 200 && a.data.type === "order")
      const refused = answers.filter((a) => a.status >= 400 && a.status < 500)
      console.log(`concurrency: ${orders.length} orders, ${refused.length} refused, statuses ${JSON.stringify(countBy(statuses))}`)
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
    })
  },
})

function countBy(values: number[]) {
  return values.reduce<Record<number, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {})
}
