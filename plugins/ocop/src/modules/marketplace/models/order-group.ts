import { model } from "@medusajs/framework/utils"

export const ORDER_GROUP_PAYMENT_MODES = ["once", "per_parcel"] as const
export type OrderGroupPaymentMode = (typeof ORDER_GROUP_PAYMENT_MODES)[number]

/**
 * One purchase as the shopper sees it: one cart, one number, one confirmation, however many producers' parcels
 * (Medusa orders, one per producer, tied by the link in src/links/order-group-order.ts) it became.
 *
 * `display_id` is the number of its first parcel: order numbers are unique, each order belongs to one purchase,
 * so the purchase needs no counter of its own, and a purchase of one parcel keeps the number it always had.
 * The totals are what was charged when it was placed (the confirmation mail's figures); each parcel's own totals
 * stay on its order. `payment_mode` says how it is paid: `once` for the whole purchase (VietQR transfer, card:
 * the cart's payment collection, linked to the group), `per_parcel` when each parcel is paid to its courier
 * (cash on delivery: a payment collection on each order).
 */
export const OrderGroup = model
  .define({ name: "OrderGroup", tableName: "ocop_order_group" }, {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    display_id: model.number().unique(),
    /** The cart it was placed from; null for a purchase made without one (the bench seed's bulk orders). */
    cart_id: model.text().unique().nullable(),
    customer_id: model.text().index().nullable(),
    email: model.text().nullable(),
    currency_code: model.text(),
    parcel_count: model.number(),
    payment_mode: model.enum([...ORDER_GROUP_PAYMENT_MODES]),
    item_total: model.bigNumber(),
    shipping_total: model.bigNumber(),
    total: model.bigNumber(),
  })
