import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProducerVariantWorkflow, type ProducerVariantChange } from "../../../../../../workflows/marketplace/update-producer-variant"
import { producerMemberOf } from "../../../../member-context"
import type { ProducerUpdateVariantType } from "../../../../validators"
import { loadProducerProduct } from "../../../shape"

/**
 * A variant's price and stock. Stock is set where the variant's item is kept; it cannot go below what open orders
 * have reserved (they would then be short), and an item kept in several places is changed in the admin.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateVariantType>, res: MedusaResponse) {
  const { producer_id } = producerMemberOf(req)
  const product = await loadProducerProduct(req.scope, producer_id, req.params.id!)
  if (!product.variants.some((variant: { id: string }) => variant.id === req.params.variant_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy biến thể / variant ${req.params.variant_id} not found`)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: [
      "id", "prices.id", "prices.currency_code", "prices.price_rules.id",
      "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: req.params.variant_id! },
  })
  const variant = data[0] as any
  const change: ProducerVariantChange = { variant_id: variant.id }
  const { price, stock } = req.validatedBody
  if (price !== undefined) {
    // The plain đồng price, not one that holds only under a rule (a region, a customer group).
    const plain = (variant.prices ?? []).find((row: any) => row.currency_code === "vnd" && !(row.price_rules ?? []).length)
    change.price = { id: plain?.id ?? null, amount: price }
  }
  if (stock !== undefined) {
    const items = (variant.inventory_items ?? []) as any[]
    const levels = items.flatMap((item) => (item.inventory?.location_levels ?? []).map((level: any) => ({ ...level, inventory_item_id: item.inventory_item_id })))
    if (items.length !== 1 || levels.length !== 1) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Hàng này được giữ ở nhiều kho hoặc theo bộ: hãy nhờ ban quản lý đổi tồn kho / this item is kept in several places or as a bundle: ask the programme office to change its stock",
        "stock_not_single"
      )
    }
    const level = levels[0]
    if (stock < Number(level.reserved_quantity ?? 0)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Đơn hàng đang chờ đã giữ ${level.reserved_quantity}: tồn kho không thể ít hơn / open orders hold ${level.reserved_quantity}: the stock cannot be less`,
        "stock_below_reserved"
      )
    }
    change.stock = { inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: stock }
  }
  await updateProducerVariantWorkflow(req.scope).run({ input: change })
  res.json({ product: await loadProducerProduct(req.scope, producer_id, req.params.id!) })
}
