/** Orders placed the way a shopper's browser would, through the Store API, for tests that start from one. */
import { storeGet, type StackInfo } from "./stack"

/** A product of the seeded cooperative in stock, bought by a shopper through the Store API: cash on delivery, at home. */
export async function placeOrderOfTheCooperative(stack: StackInfo, email: string) {
  const headers = { "x-publishable-api-key": stack.publishable_key, "content-type": "application/json" }
  const call = async (p: string, body?: unknown) => {
    const response = await fetch(`${stack.backend_url}${p}`, { method: body === undefined ? "GET" : "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const json = (await response.json()) as any
    if (response.status >= 400) throw new Error(`${p}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  const { body } = await storeGet(stack, `/store/ocop/products?producer=${stack.producer_handle}&limit=20`)
  let variantId = ""
  let title = ""
  for (const card of body.products) {
    const { body: detail } = await storeGet(stack, `/store/ocop/products/${card.handle}`)
    const variant = detail.product.variants.find((v: any) => v.in_stock)
    if (variant) {
      variantId = variant.id
      title = detail.product.title
      break
    }
  }
  if (!variantId) throw new Error(`no product in stock for ${stack.producer_handle}`)
  const address = { first_name: "Lan", last_name: "Nguyễn Thị", phone: "0905 123 456", address_1: "12 Lê Duẩn", city: "Phường Buôn Ma Thuột", province: "66", country_code: "vn", metadata: { ward_code: "24133" } }
  const { cart } = await call("/store/carts", { region_id: stack.region_id, email, items: [{ variant_id: variantId, quantity: 1 }] })
  await call(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
  const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`)
  const home = shipping_options.find((o: any) => o.service_zone?.fulfillment_set?.type !== "pickup")
  await call(`/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
  const { payment_collection } = await call("/store/payment-collections", { cart_id: cart.id })
  await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const completed = await call(`/store/carts/${cart.id}/complete`, {})
  const order = completed.order_group?.orders?.[0] ?? completed.order
  return { id: order.id as string, display_id: Number(order.display_id), title }
}
