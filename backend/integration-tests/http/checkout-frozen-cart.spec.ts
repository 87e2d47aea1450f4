/**
 * A cart does not change while it completes, and completion counts what the whole cart takes from stock.
 *
 * The race is made deterministic by holding the completion at the plugin's gate: the test takes the gate's lock on
 * the product's inventory item itself, so the completion waits there; meanwhile the cart is edited (another line
 * of the same variant, or a twin pack drawing on the same item, and a fresh payment session); then the test lets
 * go. Before the frozen cart, such a completion answered with an order of 2 units when 1 was in stock.
 * After every case the stock invariants are checked (src/checkout/stock-invariants.ts).
 */
import path from "node:path"
import type { ILockingModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cartLockKey, stockLockKey } from "@ocop/medusa-plugin-ocop/checkout/stock-gate"
import { findStockViolations } from "@ocop/medusa-plugin-ocop/checkout/stock-invariants"
import { adminHeaders, createCheckoutWorld, settle, shopper, type CheckoutWorld } from "../fixtures/checkout"
import { attachProducer, certify, createProducers, createProduct, daysFrom } from "../fixtures/ocop"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let me: ReturnType<typeof shopper>
    let locking: ILockingModule

    beforeAll(async () => {
      world = await createCheckoutWorld(getContainer())
      me = shopper(api, world.storefront)
      locking = getContainer().resolve(Modules.LOCKING)
    })

    afterEach(async () => {
      expect(await findStockViolations(getContainer())).toEqual([])
    })

    let serial = 0
    /** A certified product with one jar in stock and a twin pack drawing two jars from the same inventory item. */
    async function lastJar(stock = 1) {
      serial += 1
      const container = getContainer()
      const product = await createProduct(container, world.storefront, {
        handle: `mat-ong-hu-cuoi-${serial}`,
        title: `Mật ong, hũ cuối ${serial}`,
        variants: [
          { title: "Hũ 250 g", sku: `MO-CUOI-${serial}`, price_vnd: 120000, stock },
          { title: "Cặp 2 hũ", sku: `MO-CUOI-${serial}-X2`, price_vnd: 230000, stock: 0 },
        ],
      })
      await certify(container, product.id, { score: 75, group: "food", sub_group: "raw_preprocessed", certificate_no: `OCOP-66-R-${serial}`, issued_at: daysFrom(new Date(), -30) })
      const [jar, twinPack] = product.variant_ids as [string, string]
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: [jar, twinPack] } })
      const itemOf = (id: string) => (data as any[]).find((v) => v.id === id).inventory_items[0].inventory_item_id as string
      // The twin pack is two jars: it draws on the jar's inventory item, twice per pack.
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      await link.dismiss({ [Modules.PRODUCT]: { variant_id: twinPack }, [Modules.INVENTORY]: { inventory_item_id: itemOf(twinPack) } })
      await link.create({ [Modules.PRODUCT]: { variant_id: twinPack }, [Modules.INVENTORY]: { inventory_item_id: itemOf(jar) }, data: { required_quantity: 2 } })
      return { productId: product.id, jar, twinPack, inventoryItemId: itemOf(jar) }
    }

    async function reserved(inventoryItemId: string) {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
      return { stocked: Number(level!.stocked_quantity), reserved: Number(level!.reserved_quantity) }
    }

    /** Holds the gate's lock on an item, so a completion of a cart with that item waits at the gate. */
    async function holdGate(inventoryItemId: string) {
      const ownerId = `test-${Math.random()}`
      await locking.acquire(stockLockKey(inventoryItemId), { ownerId, expire: 60 })
      return () => locking.release(stockLockKey(inventoryItemId), { ownerId })
    }

    /** Resolves once the completion holds the cart (the frozen cart), or after two seconds if nothing ever does. */
    async function completionHoldsCart(cartId: string) {
      const until = Date.now() + 2000
      while (Date.now() < until) {
        try {
          await locking.acquire(cartLockKey(cartId), { ownerId: "probe" })
          await locking.release(cartLockKey(cartId), { ownerId: "probe" })
        } catch {
          return true
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return false
    }

    /** The edits the attack made while the cart completed: a line with other metadata, then a fresh payment session. */
    function editWhileCompleting(cartId: string, line: { variant_id: string; quantity: number }) {
      return (async () => {
        const added = await settle(api.post(`/store/carts/${cartId}/line-items`, { ...line, metadata: { gift: "yes" } }, me.headers))
        const paid = await settle(
          api.post("/store/payment-collections", { cart_id: cartId }, me.headers).then((collection: any) =>
            api.post(`/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, me.headers)
          )
        )
        return { added, paid }
      })()
    }

    async function settledWithin<T>(promise: Promise<T>, ms: number) {
      return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))])
    }

    it("completes the cart as it was when completion began: a line added meanwhile waits, then is refused, and 1 of 1 is sold", async () => {
      const { jar, inventoryItemId } = await lastJar(1)
      const cartId = await me.ready([{ variant_id: jar, quantity: 1 }], "pp_system_default", "khach-gap@example.vn")
      const release = await holdGate(inventoryItemId)
      const completion = me.complete(cartId)
      await completionHoldsCart(cartId)
      const edits = editWhileCompleting(cartId, { variant_id: jar, quantity: 1 })
      // The edit waits for the completion instead of slipping in.
      expect(await settledWithin(edits, 1000)).toBe(false)
      await release()

      const done = await completion
      expect(done.status).toBe(200)
      expect(done.data.type).toBe("order")
      expect(done.data.order.items.map((item: any) => Number(item.quantity))).toEqual([1])
      const { added, paid } = await edits
      expect(added.status).toBe(409)
      expect(added.data.message).toMatch(/đã được đặt|has been checked out/)
      expect(paid.status).toBeGreaterThanOrEqual(400)
      expect(paid.status).toBeLessThan(500)
      expect(await reserved(inventoryItemId)).toEqual({ stocked: 1, reserved: 1 })
    })

    it("does not let a twin pack drawing on the same inventory item slip into a completing cart", async () => {
      const { jar, twinPack, inventoryItemId } = await lastJar(2)
      const cartId = await me.ready([{ variant_id: jar, quantity: 1 }], "pp_system_default", "khach-cap@example.vn")
      const release = await holdGate(inventoryItemId)
      const completion = me.complete(cartId)
      await completionHoldsCart(cartId)
      const edits = editWhileCompleting(cartId, { variant_id: twinPack, quantity: 1 })
      expect(await settledWithin(edits, 500)).toBe(false)
      await release()

      expect((await completion).status).toBe(200)
      expect((await edits).added.status).toBe(409)
      expect(await reserved(inventoryItemId)).toEqual({ stocked: 2, reserved: 1 })
    })

    it("sums what every line takes from one inventory item: two lines of one variant and a twin pack are refused beyond stock", async () => {
      const { jar, twinPack, inventoryItemId } = await lastJar(3)
      const cartId = await me.cart()
      // Two lines of the same variant (different metadata) and a twin pack: 1 + 1 + 2 = 4 jars of 3.
      for (const line of [
        { variant_id: jar, quantity: 1, metadata: { note: "a" } },
        { variant_id: jar, quantity: 1, metadata: { note: "b" } },
        { variant_id: twinPack, quantity: 1 },
      ]) {
        expect((await settle(api.post(`/store/carts/${cartId}/line-items`, line, me.headers))).status).toBe(200)
      }
      for (const step of [await me.contact(cartId, "khach-tong@example.vn"), await me.address(cartId), await me.homeDelivery(cartId), await me.pay(cartId)]) {
        expect(step.status).toBe(200)
      }
      const refused = await me.complete(cartId)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/chỉ còn 3|only 3/)
      expect(await reserved(inventoryItemId)).toEqual({ stocked: 3, reserved: 0 })

      // One line fewer: 1 + 2 = 3 of 3 goes through.
      const { data } = await api.get(`/store/carts/${cartId}`, me.headers)
      const second = data.cart.items.find((item: any) => item.metadata?.note === "b")
      expect((await settle(api.delete(`/store/carts/${cartId}/line-items/${second.id}`, me.headers))).status).toBe(200)
      expect((await me.pay(cartId)).status).toBe(200)
      const placed = await me.complete(cartId)
      expect(placed.status).toBe(200)
      expect(await reserved(inventoryItemId)).toEqual({ stocked: 3, reserved: 3 })
    })

    it("freezes a cart of two producers whole: an edit waits for the split and is refused, and each parcel reserves exactly its own", async () => {
      const first = await lastJar(1)
      const second = await lastJar(3)
      const producers = await createProducers(getContainer(), [
        { handle: `htx-mot-${serial}`, name: "HTX Một", entity_type: "cooperative", address_as_certified: "tỉnh Đắk Lắk" },
        { handle: `htx-hai-${serial}`, name: "HTX Hai", entity_type: "cooperative", address_as_certified: "tỉnh Đắk Lắk" },
      ])
      await attachProducer(getContainer(), first.productId, producers[`htx-mot-${serial}`]!)
      await attachProducer(getContainer(), second.productId, producers[`htx-hai-${serial}`]!)
      const cartId = await me.ready(
        [
          { variant_id: first.jar, quantity: 1 },
          { variant_id: second.jar, quantity: 1 },
        ],
        "pp_system_default",
        "khach-tach@example.vn"
      )
      // The gate waits on the second producer's item: the whole cart waits, not just its parcel.
      const release = await holdGate(second.inventoryItemId)
      const completion = me.complete(cartId)
      await completionHoldsCart(cartId)
      const edits = editWhileCompleting(cartId, { variant_id: first.jar, quantity: 1 })
      expect(await settledWithin(edits, 1000)).toBe(false)
      await release()

      const done = await completion
      expect(done.status).toBe(200)
      expect(done.data.order_group.parcel_count).toBe(2)
      expect((await edits).added.status).toBe(409)
      expect(await reserved(first.inventoryItemId)).toEqual({ stocked: 1, reserved: 1 })
      expect(await reserved(second.inventoryItemId)).toEqual({ stocked: 3, reserved: 1 })
    })

    it("refuses a cart of two producers whole when one producer's last unit went to another cart first", async () => {
      const first = await lastJar(2)
      const second = await lastJar(1)
      const producers = await createProducers(getContainer(), [
        { handle: `htx-ba-${serial}`, name: "HTX Ba", entity_type: "cooperative", address_as_certified: "tỉnh Đắk Lắk" },
        { handle: `htx-bon-${serial}`, name: "HTX Bốn", entity_type: "cooperative", address_as_certified: "tỉnh Đắk Lắk" },
      ])
      await attachProducer(getContainer(), first.productId, producers[`htx-ba-${serial}`]!)
      await attachProducer(getContainer(), second.productId, producers[`htx-bon-${serial}`]!)
      const split = await me.ready([{ variant_id: first.jar, quantity: 1 }, { variant_id: second.jar, quantity: 1 }], "pp_system_default", "khach-tre@example.vn")
      const alone = await me.ready([{ variant_id: second.jar, quantity: 1 }], "pp_system_default", "khach-som@example.vn")
      expect((await me.complete(alone)).status).toBe(200)
      const refused = await me.complete(split)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/chỉ còn 0|only 0/)
      // Nothing of the first producer's parcel was placed or reserved.
      expect(await reserved(first.inventoryItemId)).toEqual({ stocked: 2, reserved: 0 })
      expect(await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).toHaveLength(1)
    })

    it("refuses every kind of cart write while the cart completes, and after it became an order", async () => {
      const { jar, inventoryItemId } = await lastJar(5)
      const cartId = await me.ready([{ variant_id: jar, quantity: 1 }], "pp_system_default", "khach-sua@example.vn")
      const { data } = await api.get(`/store/carts/${cartId}`, me.headers)
      const lineId = data.cart.items[0].id
      const [home] = (await me.options(cartId)).filter((o) => o.service_zone?.fulfillment_set?.type !== "pickup")
      const release = await holdGate(inventoryItemId)
      const completion = me.complete(cartId)
      await completionHoldsCart(cartId)
      const writes = {
        "update the cart": settle(api.post(`/store/carts/${cartId}`, { email: "khac@example.vn" }, me.headers)),
        "change a line": settle(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 3 }, me.headers)),
        "remove a line": settle(api.delete(`/store/carts/${cartId}/line-items/${lineId}`, me.headers)),
        "choose shipping": settle(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: home.id }, me.headers)),
        "add a promotion": settle(api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["TET"] }, me.headers)),
        "remove a promotion": settle(api.delete(`/store/carts/${cartId}/promotions`, { ...me.headers, data: { promo_codes: ["TET"] } })),
        "recompute taxes": settle(api.post(`/store/carts/${cartId}/taxes`, {}, me.headers)),
        "open a payment collection": settle(api.post("/store/payment-collections", { cart_id: cartId }, me.headers)),
      }
      const all = Promise.all(Object.values(writes))
      expect(await settledWithin(all, 500)).toBe(false)
      await release()
      expect((await completion).status).toBe(200)
      const statuses = Object.fromEntries(await Promise.all(Object.entries(writes).map(async ([what, answer]) => [what, (await answer).status])))
      expect(statuses).toEqual(Object.fromEntries(Object.keys(writes).map((what) => [what, 409])))
      const { data: order } = await api.get(`/admin/orders/${(await completion).data.order.id}?fields=email,items.quantity`, await adminHeaders(getContainer(), api))
      expect(order.order.email).toBe("khach-sua@example.vn")
      expect(order.order.items.map((item: any) => Number(item.quantity))).toEqual([1])
    })
  },
})
