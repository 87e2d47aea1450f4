/**
 * A client written for Medusa's own Store API, which knows nothing of the plugin's codes: it sends the province
 * as the shopper types it and the commune or ward in `city`, a tourist's phone with its country code, and picks
 * a way to receive the parcel from Medusa's standard shipping-options route. Each is accepted and stored the way
 * the plugin's rule keeps addresses (codes, E.164), and a pickup is offered and placed without a home address.
 */
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BUON_MA_THUOT, createCheckoutWorld, KIOSK, settle, shopper, type CheckoutWorld } from "../fixtures/checkout"

const typedAddress = (province: string, city: string, extra: Record<string, unknown> = {}) => ({
  first_name: "Anna",
  last_name: "Schmidt",
  phone: "+49 151 2345 6789",
  address_1: "12 Lê Duẩn",
  country_code: "vn",
  province,
  city,
  ...extra,
})

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let me: ReturnType<typeof shopper>

    beforeAll(async () => {
      world = await createCheckoutWorld(getContainer())
    })
    beforeEach(() => {
      me = shopper(api, world.storefront)
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const storedAddress = async (cartId: string) => (await api.get(`/store/carts/${cartId}?fields=*shipping_address`, me.headers)).data.cart.shipping_address

    it.each(["Đắk Lắk", "Dak Lak", "dak lak", "Tỉnh Đắk Lắk", "66"])(
      "takes the province typed as %j and the ward by name in city, and keeps their codes",
      async (province) => {
        const cartId = await me.cart([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
        const answer = await me.address(cartId, typedAddress(province, "buon ma thuot"))
        expect(answer.status).toBe(200)
        expect(await storedAddress(cartId)).toMatchObject({
          province: "66",
          city: "Phường Buôn Ma Thuột",
          metadata: { ward_code: "24133" },
          phone: "+4915123456789",
        })
        // The delivery zone, which Medusa finds by province code, prices it.
        const home = (await me.options(cartId)).filter((option) => option.service_zone.fulfillment_set.type === "shipping")
        expect(home.map((option) => option.amount)).toEqual([20000])
      }
    )

    it("refuses an ambiguous ward with the names it may be, and an unknown province with the closest names", async () => {
      const cartId = await me.cart([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
      const ambiguous = await me.address(cartId, typedAddress("Tây Ninh", "Tan Thanh"))
      expect(ambiguous.status).toBe(400)
      expect(ambiguous.data.message).toContain("Xã Tân Thành")
      expect(ambiguous.data.message).toContain("Xã Tân Thạnh")
      const unknown = await me.address(cartId, typedAddress("Dak Lac", "Buôn Ma Thuột"))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/closest names are Tỉnh Đắk Lắk/)
      const noWard = await me.address(cartId, typedAddress("Dak Lak", "Ha Noi"))
      expect(noWard.status).toBe(400)
      expect(noWard.data.message).toContain("Tỉnh Đắk Lắk")
      expect((await storedAddress(cartId))?.province ?? null).toBeNull()
    })

    it("places a tourist's order with a foreign mobile, delivered in Vietnam, and keeps the number in E.164", async () => {
      const cartId = await me.cart([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
      expect((await me.contact(cartId, "anna@example.de", "+49 151 2345 6789")).status).toBe(200)
      expect((await me.address(cartId, typedAddress("Đắk Lắk", "Buôn Ma Thuột"))).status).toBe(200)
      expect((await me.homeDelivery(cartId)).status).toBe(200)
      expect((await me.pay(cartId)).status).toBe(200)
      const completed = await me.complete(cartId)
      expect(completed.data.type).toBe("order")
      expect(completed.data.order.shipping_address).toMatchObject({ phone: "+4915123456789", province: "66", country_code: "vn" })
      const abroad = await me.address(cartId, typedAddress("Đắk Lắk", "Buôn Ma Thuột", { country_code: "de" }))
      expect(abroad.status).toBeGreaterThanOrEqual(400)
    })

    it("lists pickups from Medusa's standard route as a standard client can use them, and places one without a home address", async () => {
      const cartId = await me.cart([
        { variant_id: world.products.coffee.variant_ids[0]!, quantity: 1 },
        { variant_id: world.products.honey.variant_ids[0]!, quantity: 1 },
      ])
      await settle(api.post(`/store/carts/${cartId}`, { email: "lan@example.vn", shipping_address: { phone: BUON_MA_THUOT.phone, first_name: "Lan", country_code: "vn" } }, me.headers))
      const options = await me.options(cartId)
      const pickups = options.filter((option) => option.service_zone.fulfillment_set.type === "pickup")
      // Only the kiosk sells both products; its stock is the warehouse's, which has them.
      expect(pickups.map((option) => [option.data?.sales_point, option.insufficient_inventory])).toEqual([[KIOSK, false]])

      expect((await me.ship(cartId, pickups[0].id)).status).toBe(200)
      expect((await me.pay(cartId)).status).toBe(200)
      const completed = await me.complete(cartId)
      expect(completed.data.type).toBe("order")
      expect(completed.data.order.shipping_address.province ?? null).toBeNull()

      // When the warehouse no longer holds enough, the pickup says so, as home delivery does.
      const lastJars = await me.cart([{ variant_id: world.products.coffee.variant_ids[1]!, quantity: 3 }])
      const { data } = await query().graph({
        entity: "variant",
        fields: ["inventory_items.inventory.location_levels.location_id", "inventory_items.inventory.id"],
        filters: { id: world.products.coffee.variant_ids[1]! },
      })
      const inventory = (data[0] as any).inventory_items[0].inventory
      await getContainer().resolve(Modules.INVENTORY).updateInventoryLevels([
        { inventory_item_id: inventory.id, location_id: inventory.location_levels[0].location_id, stocked_quantity: 1 },
      ])
      const soldOut = (await me.options(lastJars)).filter((option) => option.service_zone.fulfillment_set.type === "pickup")
      expect(soldOut.length).toBeGreaterThan(0)
      expect(soldOut.every((option) => option.insufficient_inventory === true)).toBe(true)
    })

    it("still asks a home delivery for its address", async () => {
      const cartId = await me.cart([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
      await me.contact(cartId)
      await me.address(cartId)
      await me.homeDelivery(cartId)
      await api.post(`/store/carts/${cartId}`, { shipping_address: { ...BUON_MA_THUOT, address_1: "" } }, me.headers)
      await me.pay(cartId)
      const refused = await me.complete(cartId)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("tên đường")
    })
  },
})
