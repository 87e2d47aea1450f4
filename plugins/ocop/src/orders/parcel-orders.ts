/**
 * What Medusa's order module is given for each parcel of a cart, and what the inventory module reserves for it.
 * The same shapes Medusa's own cart completion makes of a whole cart (core-flows' `completeCartWorkflow`, whose
 * helpers are not exported), made of one producer's lines and its share of the delivery: a parcel's order is an
 * order like any other, so Medusa's fulfilment, returns and totals work on it unchanged.
 */
import { amount } from "./amount"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { Parcel } from "./parcels"

type Row = Record<string, any>

const taxLines = (lines: Row[] | null | undefined) =>
  (lines ?? []).filter(Boolean).map((line) => ({
    description: line.description,
    tax_rate_id: line.tax_rate_id,
    code: line.code,
    rate: line.rate,
    provider_id: line.provider_id,
    metadata: line.metadata ?? null,
    data: line.data ?? null,
  }))

const adjustments = (lines: Row[] | null | undefined) =>
  (lines ?? []).filter(Boolean).map((line) => ({
    code: line.code,
    amount: line.amount,
    description: line.description,
    promotion_id: line.promotion_id,
    provider_id: line.provider_id,
    is_tax_inclusive: line.is_tax_inclusive,
  }))

/** A cart line as an order line: its snapshot of product and variant, price, taxes and discounts. */
export function orderLineOf(item: Row, cartId: string) {
  const variant = item.variant ?? undefined
  const product = variant?.product
  const requiresShipping =
    item.requires_shipping ?? (!!product?.shipping_profile?.id || !!variant?.inventory_items?.some((i: Row) => i?.inventory?.requires_shipping))
  return {
    quantity: item.quantity,
    title: item.title ?? product?.title,
    subtitle: item.subtitle ?? variant?.title,
    thumbnail: item.thumbnail ?? variant?.thumbnail ?? product?.thumbnail,
    product_id: product?.id ?? item.product_id,
    product_title: item.product_title ?? product?.title,
    product_description: item.product_description ?? product?.description,
    product_subtitle: item.product_subtitle ?? product?.subtitle,
    product_type: item.product_type ?? null,
    product_type_id: item.product_type_id ?? null,
    product_collection: item.product_collection ?? null,
    product_handle: item.product_handle ?? product?.handle,
    variant_id: variant?.id ?? item.variant_id,
    variant_sku: item.variant_sku ?? variant?.sku,
    variant_barcode: item.variant_barcode ?? variant?.barcode,
    variant_title: item.variant_title ?? variant?.title,
    variant_option_values: item.variant_option_values,
    is_discountable: item.is_discountable ?? product?.discountable,
    is_giftcard: product?.is_giftcard ?? false,
    requires_shipping: requiresShipping,
    unit_price: item.raw_unit_price ?? item.unit_price,
    compare_at_unit_price: item.compare_at_unit_price,
    is_tax_inclusive: !!item.is_tax_inclusive,
    metadata: item.metadata ?? {},
    tax_lines: taxLines(item.tax_lines),
    adjustments: adjustments(item.adjustments),
    cart_id: cartId,
  }
}

const withoutId = (address: Row | null | undefined) => {
  if (!address) return null
  const { id: _id, ...rest } = address
  return rest
}

/** The order of one parcel: the cart's buyer, addresses and channel, the parcel's lines and delivery share. */
export function orderOfParcel(cart: Row, parcel: Parcel<Row & { id: string }, Row & { amount: unknown }>) {
  const items = parcel.items.map((item) => orderLineOf(item, cart.id))
  const shippingMethods = parcel.shipping_methods.map((method) => ({
    name: method.name,
    description: method.description,
    amount: method.amount,
    is_tax_inclusive: method.is_tax_inclusive,
    shipping_option_id: method.shipping_option_id,
    data: method.data,
    metadata: method.metadata,
    tax_lines: taxLines(method.tax_lines),
    adjustments: adjustments(method.adjustments),
  }))
  const promoCodes = [...items.flatMap((item) => item.adjustments), ...shippingMethods.flatMap((method) => method.adjustments)]
    .map((adjustment) => adjustment.code)
    .filter(Boolean)
  return {
    region_id: cart.region?.id ?? cart.region_id,
    customer_id: cart.customer?.id ?? cart.customer_id,
    sales_channel_id: cart.sales_channel_id,
    status: "pending" as const,
    email: cart.email,
    currency_code: cart.currency_code,
    locale: cart.locale,
    shipping_address: withoutId(cart.shipping_address),
    billing_address: withoutId(cart.billing_address),
    no_notification: false,
    items,
    shipping_methods: shippingMethods,
    metadata: cart.metadata,
    promo_codes: [...new Set(promoCodes)],
    credit_lines: (cart.credit_lines ?? []).filter(Boolean).map((line: Row) => ({
      amount: line.amount,
      raw_amount: line.raw_amount,
      reference: line.reference,
      reference_id: line.reference_id,
      metadata: line.metadata,
    })),
  }
}

export type ReservationInput = {
  id: string
  inventory_item_id: string
  required_quantity: number
  allow_backorder: boolean
  quantity: number
  location_ids: string[]
}

/**
 * What to reserve for the orders' lines, at a stock location of the cart's channel that holds the line's need
 * (the checkout's gate has already checked that one does, for the whole cart; decision 016). Order lines are
 * matched to the cart lines they came from by variant and quantity: two lines alike need the same stock.
 */
export function reservationsFor(cart: Row, orders: Row[]): ReservationInput[] {
  const channel = cart.sales_channel_id
  const cartLines = [...(cart.items ?? [])].filter(Boolean) as Row[]
  const reservations: ReservationInput[] = []
  for (const order of orders) {
    for (const line of (order.items ?? []) as Row[]) {
      const index = cartLines.findIndex((c) => c.variant_id === line.variant_id && MathBN.eq(c.quantity, line.quantity))
      if (index < 0) continue
      const [source] = cartLines.splice(index, 1)
      const variant = source!.variant
      if (!variant?.manage_inventory) continue
      for (const link of (variant.inventory_items ?? []) as Row[]) {
        if (!link) continue
        const required = amount(link.required_quantity ?? 1)
        const need = required * amount(line.quantity)
        const levels = ((link.inventory?.location_levels ?? []) as Row[]).filter(
          (level) => level && [level.stock_locations].flat().some((l: Row) => [l?.sales_channels].flat().some((s: Row) => s?.id === channel))
        )
        if (!levels.length && !variant.allow_backorder) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Không có kho nào của kênh bán hàng giữ "${line.title}" / no stock location of the cart's sales channel holds "${line.title}"`
          )
        }
        const available = (level: Row) => amount(level.stocked_quantity ?? 0) - amount(level.reserved_quantity ?? 0)
        const holding = levels.filter((level) => available(level) >= need).sort((a, b) => available(b) - available(a))
        reservations.push({
          id: line.id,
          inventory_item_id: link.inventory_item_id,
          required_quantity: required,
          allow_backorder: !!variant.allow_backorder,
          quantity: amount(line.quantity),
          location_ids: (holding.length ? holding : levels).map((level) => level.location_id),
        })
      }
    }
  }
  return reservations
}
