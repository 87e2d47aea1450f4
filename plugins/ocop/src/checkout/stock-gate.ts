/**
 * Checkouts of the same stock, one at a time, and a clear "sold out" for those that come too late.
 *
 * Medusa reserves stock inside cart completion under a lock per inventory item (reserveInventoryStep) that
 * waits at most 5 seconds. When many shoppers complete carts of the same product at once (a sale, the last
 * jars of honey), the queue for that lock outgrows 5 seconds and the late ones get a 500 "Timed-out acquiring
 * lock" instead of an answer. So the completion route first takes a lock of its own on the cart's inventory
 * items, waiting up to a minute, and, holding it, checks that the stock is still there: a cart that can no
 * longer be served is refused at once with a 400 naming the product, and one that can goes through Medusa's
 * completion unchanged, finding Medusa's lock free. Carts of different products do not wait for each other.
 * With REDIS_URL the locking module is Redis's, so this holds across servers too.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

const WAIT_SECONDS = 60

type Need = { inventory_item_id: string; quantity: number; title: string }

async function needsOf(container: MedusaContainer, cartId: string) {
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
  if (!cart || cart.completed_at) return null
  const needs = new Map<string, Need>()
  for (const item of cart.items ?? []) {
    const variant = item?.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      const need = needs.get(link.inventory_item_id) ?? { inventory_item_id: link.inventory_item_id, quantity: 0, title: item.product_title ?? item.title }
      need.quantity += Number(item.quantity) * Number(link.required_quantity ?? 1)
      needs.set(link.inventory_item_id, need)
    }
  }
  return { salesChannelId: cart.sales_channel_id as string, needs: [...needs.values()] }
}

/** Refuses when no stock location of the cart's channel still holds enough of an item (Medusa reserves at one). */
export async function refuseSoldOut(container: MedusaContainer, salesChannelId: string, needs: Need[]) {
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

/** Middleware of `POST /store/carts/:id/complete` (see the comment at the top). */
export async function serializeCheckoutByStock(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  let handedOver = false
  try {
    const t0 = Date.now()
    const cart = await needsOf(req.scope, req.params.id!)
    if (process.env.OCOP_DEBUG_GATE) console.log(`gate ${req.params.id} needs in ${Date.now() - t0} ms`)
    // Unknown or already completed carts, and carts without managed stock: Medusa's route answers as usual.
    if (!cart?.needs.length) {
      handedOver = true
      return next()
    }
    const locking = req.scope.resolve(Modules.LOCKING)
    const keys = cart.needs.map((need) => `ocop-checkout:${need.inventory_item_id}`).sort()
    await locking.execute(
      keys,
      async () => {
        if (process.env.OCOP_DEBUG_GATE) console.log(`gate ${req.params.id} locked at ${Date.now() - t0} ms`)
        await refuseSoldOut(req.scope, cart.salesChannelId, cart.needs)
        if (process.env.OCOP_DEBUG_GATE) console.log(`gate ${req.params.id} checked at ${Date.now() - t0} ms`)
        handedOver = true
        // Held until Medusa's route has answered, so the next cart sees this one's reservation.
        await new Promise<void>((resolve) => {
          res.once("finish", resolve)
          res.once("close", resolve)
          next()
        })
        if (process.env.OCOP_DEBUG_GATE) console.log(`gate ${req.params.id} answered at ${Date.now() - t0} ms`)
      },
      { timeout: WAIT_SECONDS }
    )
  } catch (error) {
    if (handedOver) return
    if (error instanceof MedusaError) return next(error)
    next(
      new MedusaError(
        MedusaError.Types.CONFLICT,
        "Nhiều người đang đặt cùng sản phẩm, hãy thử lại sau giây lát / many shoppers are checking out the same product: try again in a moment"
      )
    )
  }
}
