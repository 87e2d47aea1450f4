// @ts-check
/**
 * A checkout with cash on delivery (the system payment provider `pp_system_default`), the way a storefront
 * drives it through Medusa's routes: create a cart, add its line items, address and e-mail, the cart's shipping
 * options, a shipping method, a payment collection, a payment session, complete. Completion is the OCOP plugin's
 * (one order per producer, docs/decisions/018): a cart of one producer's product, or of three producers'.
 */

export const PAYMENT_PROVIDER = "pp_system_default"

/** @param {{ backend_url: string, publishable_key: string }} stack */
export function storeClient(stack) {
  const headers = { "x-publishable-api-key": stack.publishable_key, "content-type": "application/json" }
  /** @param {string} method @param {string} path @param {unknown} [body] @param {Record<string, string>} [extra] */
  async function call(method, path, body, extra) {
    const response = await fetch(`${stack.backend_url}${path}`, {
      method,
      headers: { ...headers, ...extra },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let json
    try {
      json = JSON.parse(text)
    } catch {
      json = { raw: text.slice(0, 300) }
    }
    return { status: response.status, body: /** @type {any} */ (json) }
  }
  return {
    headers,
    call,
    get: (/** @type {string} */ p, /** @type {Record<string, string> | undefined} */ extra = undefined) => call("GET", p, undefined, extra),
    post: (/** @type {string} */ p, /** @type {unknown} */ b) => call("POST", p, b ?? {}),
  }
}

/** An address the plugin accepts: province and ward codes after the July 2025 reform, a Vietnamese phone. */
export const ADDRESS = {
  first_name: "Khách",
  last_name: "Thử Tải",
  address_1: "12 Lê Duẩn",
  city: "Phường Buôn Ma Thuột",
  province: "66",
  country_code: "vn",
  postal_code: "630000",
  phone: "0945 000 000",
  metadata: { ward_code: "24133" },
}

/** Home delivery (the zone's price), as most shoppers choose; pickup is offered only where everything is sold. */
export const pickHomeDelivery = (/** @type {any[]} */ options) =>
  (options.find((o) => o.name === "Giao hàng tận nơi" && !o.insufficient_inventory) ?? options.find((o) => !o.insufficient_inventory) ?? options[0])

/**
 * Variants a shopper can buy: in stock, from distinct certified products (so parallel shoppers do not all queue
 * on one inventory item, as real ones would not), read through the store API.
 * @param {ReturnType<typeof storeClient>} client @param {number} count @param {string} regionId
 */
export async function buyableVariants(client, count, regionId) {
  const variants = []
  for (let offset = 0; variants.length < count; offset += 100) {
    const list = await client.get(`/store/ocop/products?limit=100&offset=${offset}&order=title`)
    if (list.status !== 200) throw new Error(`catalogue answered ${list.status}`)
    for (const card of list.body.products) {
      const detail = await client.get(`/store/ocop/products/${encodeURIComponent(card.handle)}?region_id=${regionId}`)
      const variant = detail.body.product?.variants?.find((/** @type {any} */ v) => v.in_stock)
      if (variant) variants.push({ variant_id: variant.id, product_id: card.id, handle: card.handle, producer: card.producer?.handle ?? null })
      if (variants.length >= count) break
    }
    if (list.body.products.length < 100) break
  }
  if (variants.length < count) throw new Error(`only ${variants.length} variants in stock, ${count} needed`)
  return variants
}

/**
 * Carts of `size` lines, each line a product of another producer (so the cart splits into `size` orders), from
 * the variants given; each variant is used once.
 * @param {{ variant_id: string, producer: string | null }[]} variants @param {number} size @returns {string[][]}
 */
export function cartsOfProducers(variants, size) {
  const pool = [...variants]
  const carts = []
  while (pool.length) {
    const cart = []
    for (let i = 0; i < pool.length && cart.length < size; ) {
      if (pool[i].producer && !cart.some((v) => v.producer === pool[i].producer)) cart.push(...pool.splice(i, 1))
      else i++
    }
    if (cart.length < size) break
    carts.push(cart.map((v) => v.variant_id))
  }
  return carts
}

/**
 * Carts of `size` lines all of one producer (one order each): the split's anchor with as many lines, so that
 * what is compared is the split, not the number of lines. Each variant is used once.
 * @param {{ variant_id: string, producer: string | null }[]} variants @param {number} size @returns {string[][]}
 */
export function cartsOfOneProducer(variants, size) {
  /** @type {Map<string, string[]>} */
  const byProducer = new Map()
  for (const v of variants) if (v.producer) byProducer.set(v.producer, [...(byProducer.get(v.producer) ?? []), v.variant_id])
  const carts = []
  for (const ids of byProducer.values()) for (let i = 0; i + size <= ids.length; i += size) carts.push(ids.slice(i, i + size))
  return carts
}

/**
 * Every step but the completion, through plain requests (set-up of the fault tests); returns the cart id.
 * @param {ReturnType<typeof storeClient>} client @param {string} regionId @param {string} variantId @param {string} email
 */
export async function cartReadyToComplete(client, regionId, variantId, email) {
  const expect = (/** @type {{ status: number, body: any }} */ r, /** @type {string} */ what) => {
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`)
    return r.body
  }
  const { cart } = expect(await client.post("/store/carts", { region_id: regionId }), "create cart")
  expect(await client.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }), "add line item")
  expect(await client.post(`/store/carts/${cart.id}`, { email, shipping_address: ADDRESS, billing_address: ADDRESS }), "address")
  const { shipping_options } = expect(await client.get(`/store/shipping-options?cart_id=${cart.id}`), "shipping options")
  const option = pickHomeDelivery(shipping_options)
  if (!option) throw new Error("no shipping option for the cart")
  expect(await client.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }), "shipping method")
  const { payment_collection } = expect(await client.post("/store/payment-collections", { cart_id: cart.id }), "payment collection")
  expect(
    await client.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDER }),
    "payment session"
  )
  return /** @type {string} */ (cart.id)
}

/**
 * The whole checkout as an autocannon request flow: each connection is one shopper going through the steps
 * (one "add line item" per line of its cart), again and again, with its own cart (autocannon resets the context
 * at the first step). Timings of each step and of the whole flow go to `record`.
 * @param {{ regionId: string, carts: string[][], record: (step: string, ms: number, status: number) => void,
 *   onOrder?: (cartId: string, orderId: string, parcels: number) => void }} options
 */
export function checkoutRequests({ regionId, carts, record, onOrder }) {
  let next = 0
  /** @param {string} step @param {(context: any) => { path: string, method?: string, body?: unknown }} build
   *  @param {(body: any, context: any) => void} [take] */
  const step = (step, build, take) => ({
    setupRequest(/** @type {any} */ request, /** @type {any} */ context) {
      if (context.failed) return undefined // start over with a new cart
      const { path, method = "POST", body } = build(context)
      context.t = performance.now()
      context.started ??= context.t
      return { ...request, path, method, body: body === undefined ? undefined : JSON.stringify(body) }
    },
    onResponse(/** @type {number} */ status, /** @type {string} */ body, /** @type {any} */ context) {
      record(step, performance.now() - context.t, status)
      if (status >= 300) {
        context.failed = true
        return
      }
      try {
        take?.(JSON.parse(body), context)
      } catch {
        context.failed = true
      }
    },
  })
  return [
    step("create cart", () => ({ path: "/store/carts", body: { region_id: regionId } }), (b, c) => {
      c.cart = b.cart.id
      c.lines = carts[next++ % carts.length]
    }),
    ...carts[0].map((_, i) =>
      step(carts[0].length > 1 ? `add line item ${i + 1}` : "add line item", (c) => ({
        path: `/store/carts/${c.cart}/line-items`,
        body: { variant_id: c.lines[i], quantity: 1 },
      }))
    ),
    step("address", (c) => ({
      path: `/store/carts/${c.cart}`,
      body: { email: `shopper+${c.cart.slice(-8)}@example.com`, shipping_address: ADDRESS, billing_address: ADDRESS },
    })),
    step("shipping options", (c) => ({ path: `/store/shipping-options?cart_id=${c.cart}`, method: "GET" }), (b, c) => {
      c.option = pickHomeDelivery(b.shipping_options).id
    }),
    step("shipping method", (c) => ({ path: `/store/carts/${c.cart}/shipping-methods`, body: { option_id: c.option } })),
    step("payment collection", (c) => ({ path: "/store/payment-collections", body: { cart_id: c.cart } }), (b, c) => {
      c.collection = b.payment_collection.id
    }),
    step("payment session", (c) => ({
      path: `/store/payment-collections/${c.collection}/payment-sessions`,
      body: { provider_id: PAYMENT_PROVIDER },
    })),
    step("complete", (c) => ({ path: `/store/carts/${c.cart}/complete`, body: {} }), (b, c) => {
      if (b.type !== "order") throw new Error("not an order")
      record("whole checkout", performance.now() - c.started, 200)
      onOrder?.(c.cart, b.order.id, b.order_group?.parcel_count ?? 1)
    }),
  ]
}
