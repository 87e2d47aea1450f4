/**
 * Checkouts of the same stock, one at a time, on carts that cannot change while they complete, and a clear
 * "sold out" for those that come too late.
 *
 * Medusa reserves stock inside cart completion under a lock per inventory item (reserveInventoryStep) that
 * waits at most 5 seconds, and it checks availability line by line: two lines of the same variant (other
 * metadata), or two variants sharing one inventory item, each pass against the one unit left. And between a
 * check in front of completion and the moment Medusa's workflow locks the cart, the cart can still be edited.
 * So the plugin puts a gate in front of completion and in front of every write to a cart:
 *
 * 1. Completion first **freezes the cart** (a lock of its own per cart, `ocop-cart:<id>`), then reads what the
 *    cart needs, summed per inventory item over every line (`required_quantity` × quantity), then takes a lock
 *    per inventory item (`ocop-checkout:<item>`, waiting up to a minute, so a crowd on the last jars queues
 *    instead of timing out in Medusa's 5-second lock), checks that one stock location of the cart's channel
 *    still holds each sum, and hands over to Medusa's completion. Both locks are held until Medusa has answered,
 *    so the next cart sees this one's reservation and no edit slips in between.
 * 2. Every write to a cart (lines, the cart itself, shipping, promotions, taxes, customer, payment collection
 *    and sessions) takes the same per-cart lock for as long as it runs: while the cart completes it waits, and
 *    is then refused with a 409 because the cart has become an order.
 *
 * Carts of different products do not wait for each other. With REDIS_URL the locking module is Redis's, so
 * this holds across servers too.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

const WAIT_SECONDS = 60
/**
 * How long a lock outlives the server that holds it. Redis's locking provider renews the lease every third of it
 * while the holder runs, so this bounds only how long a SIGKILLed server's carts stay locked for the other servers
 * (Redis's default lease is 60 s); the in-memory provider has nothing to outlive and ignores it.
 */
const LEASE_SECONDS = 15

export const cartLockKey = (cartId: string) => `ocop-cart:${cartId}`
export const stockLockKey = (inventoryItemId: string) => `ocop-checkout:${inventoryItemId}`

export type StockNeed = { inventory_item_id: string; quantity: number; title: string }

type CartNeeds = { completed: boolean; salesChannelId: string; needs: StockNeed[] }

/** What the cart needs from stock, summed per inventory item over every line; null for an unknown cart. */
export async function stockNeedsOf(container: MedusaContainer, cartId: string): Promise<CartNeeds | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "sales_channel_id",
      "items.quantity",
      "items.product_title",
      "items.title",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  if (!cart) return null
  const needs = new Map<string, StockNeed>()
  for (const item of cart.items ?? []) {
    const variant = item?.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      const need = needs.get(link.inventory_item_id) ?? { inventory_item_id: link.inventory_item_id, quantity: 0, title: item.product_title ?? item.title }
      need.quantity += Number(item.quantity) * Number(link.required_quantity ?? 1)
      needs.set(link.inventory_item_id, need)
    }
  }
  return { completed: !!cart.completed_at, salesChannelId: cart.sales_channel_id as string, needs: [...needs.values()] }
}

/** Whether the cart has become an order: all a write needs to know, so it reads no lines or stock. */
async function isCompleted(container: MedusaContainer, cartId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cartId } })
  return !!(data[0] as any)?.completed_at
}

/** Refuses when no stock location of the cart's channel still holds enough of an item (Medusa reserves at one). */
export async function refuseSoldOut(container: MedusaContainer, salesChannelId: string, needs: StockNeed[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: channels }, { data: items }] = await Promise.all([
    query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } }),
    query.graph({
      entity: "inventory_item",
      fields: ["id", "location_levels.location_id", "location_levels.stocked_quantity", "location_levels.reserved_quantity"],
      filters: { id: needs.map((need) => need.inventory_item_id) },
    }),
  ])
  const locations = new Set(((channels[0] as any)?.stock_locations ?? []).map((l: any) => l?.id))
  for (const need of needs) {
    const item = (items as any[]).find((i) => i.id === need.inventory_item_id)
    const best = Math.max(
      0,
      ...((item?.location_levels ?? []) as any[])
        .filter((level) => locations.has(level?.location_id))
        .map((level) => Number(level.stocked_quantity) - Number(level.reserved_quantity))
    )
    if (best < need.quantity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Hết hàng: "${need.title}" chỉ còn ${best} / out of stock: only ${best} of "${need.title}" left in inventory`
      )
    }
  }
}

/** Hands the request to the next handler and resolves once the response has gone out (or the client left). */
function handOverUntilAnswered(res: MedusaResponse, next: MedusaNextFunction) {
  return new Promise<void>((resolve) => {
    res.once("finish", resolve)
    res.once("close", resolve)
    next()
  })
}

/**
 * Answered here rather than thrown: Medusa's error handler replaces a conflict's message with a generic one,
 * and the shopper should read why.
 */
function conflict(res: MedusaResponse, message: string) {
  res.status(409).json({ type: "conflict", message })
}

const BUSY =
  "Nhiều người đang đặt cùng sản phẩm, hãy thử lại sau giây lát / many shoppers are checking out the same product: try again in a moment"

const alreadyOrdered = (cartId: string) =>
  `Giỏ hàng ${cartId} đã được đặt thành đơn hàng và không sửa được nữa / cart ${cartId} has been checked out and can no longer change`

/**
 * Runs `work` (a cart's completion) with the cart frozen and its stock checked, as described at the top: the
 * completion route runs behind it (as a middleware) and so does the payment webhook's completion
 * (subscribers/payment-webhook-completion.ts). A sold-out item is a NOT_ALLOWED MedusaError; a queue that does not
 * move within a minute is the locking module's timeout error.
 */
export async function underCartGate<T>(container: MedusaContainer, cartId: string, work: () => Promise<T>): Promise<T> {
  const locking: ILockingModule = container.resolve(Modules.LOCKING)
  return locking.execute(
    cartLockKey(cartId),
    async () => {
      // Read under the cart's lock: from here until the work is done, no write reaches this cart.
      const cart = await stockNeedsOf(container, cartId)
      // Unknown or already completed carts, and carts without managed stock: the completion answers as usual.
      if (!cart || cart.completed || !cart.needs.length) return work()
      const keys = cart.needs.map((need) => stockLockKey(need.inventory_item_id)).sort()
      return locking.execute(
        keys,
        async () => {
          await refuseSoldOut(container, cart.salesChannelId, cart.needs)
          return work()
        },
        { timeout: WAIT_SECONDS, expire: LEASE_SECONDS }
      )
    },
    { timeout: WAIT_SECONDS, expire: LEASE_SECONDS }
  )
}

/** Middleware of `POST /store/carts/:id/complete` (see the comment at the top). */
export async function completeFrozenCart(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  let handedOver = false
  try {
    await underCartGate(req.scope, req.params.id!, async () => {
      handedOver = true
      await handOverUntilAnswered(res, next)
    })
  } catch (error) {
    if (handedOver) return
    if (error instanceof MedusaError) return next(error)
    conflict(res, BUSY)
  }
}

/** The cart a payment-collection request writes to: named in the body, or through the collection's link. */
async function cartOfPaymentRequest(req: MedusaRequest): Promise<string | undefined> {
  if (!req.params.id) {
    const cartId = (req.body as { cart_id?: unknown } | undefined)?.cart_id
    return typeof cartId === "string" ? cartId : undefined
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment_collection", fields: ["id", "cart.id"], filters: { id: req.params.id } })
  return (data[0] as any)?.cart?.id
}

function holdWhileCompleting(cartOf: (req: MedusaRequest) => Promise<string | undefined>) {
  return async function waitForCompletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    let handedOver = false
    try {
      const cartId = await cartOf(req)
      // Unknown carts and collections: Medusa's route gives its own 404 or 400.
      if (!cartId) {
        handedOver = true
        return next()
      }
      const locking: ILockingModule = req.scope.resolve(Modules.LOCKING)
      await locking.execute(
        cartLockKey(cartId),
        async () => {
          const completed = await isCompleted(req.scope, cartId)
          handedOver = true
          if (completed) return conflict(res, alreadyOrdered(cartId))
          await handOverUntilAnswered(res, next)
        },
        { timeout: WAIT_SECONDS, expire: LEASE_SECONDS }
      )
    } catch (error) {
      if (handedOver) return
      if (error instanceof MedusaError) return next(error)
      conflict(res, BUSY)
    }
  }
}

/** Middleware of every write to `/store/carts/:id…` except completion. */
export const holdCartWriteWhileCompleting = holdWhileCompleting(async (req) => req.params.id)

/** Middleware of `POST /store/payment-collections` and `POST /store/payment-collections/:id/payment-sessions`. */
export const holdPaymentWriteWhileCompleting = holdWhileCompleting(cartOfPaymentRequest)
