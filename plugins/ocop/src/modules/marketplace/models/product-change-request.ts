import { model } from "@medusajs/framework/utils"

/**
 * A new title or variant of a certified product (docs/decisions/042), or the product placed at a sales point or
 * taken off one (docs/decisions/044): the programme answers for what its kiosks and showrooms carry.
 */
export const PRODUCT_CHANGE_KINDS = ["title", "variant", "sales_point_add", "sales_point_remove"] as const
export type ProductChangeKind = (typeof PRODUCT_CHANGE_KINDS)[number]
export const SALES_POINT_CHANGE_KINDS = ["sales_point_add", "sales_point_remove"] as const satisfies readonly ProductChangeKind[]
/** What a producer asks of a sales point, as the portal's API words it: `add` files `sales_point_add`. */
export const SALES_POINT_ACTIONS = ["add", "remove"] as const
export type SalesPointAction = (typeof SALES_POINT_ACTIONS)[number]
export const PRODUCT_CHANGE_STATUSES = ["pending", "approved", "rejected", "withdrawn"] as const
export type ProductChangeStatus = (typeof PRODUCT_CHANGE_STATUSES)[number]

/**
 * A producer's change to a certified product that the programme reviews before it goes live: a new title, or a
 * new variant (size, pack). The certificate covers the product as it was graded, so what a shopper reads under
 * the stars changes only when the programme says so. `changes` holds what was asked, as the producer typed it:
 * `{ title, title_en }` or `{ title, title_en, price, stock }`; approving applies it through Medusa's workflows.
 * A sales point's assortment is asked for the same way, `{ sales_point_id }`, since the sales points are the
 * programme's (docs/decisions/044).
 */
export const ProductChangeRequest = model
  .define({ name: "ProductChangeRequest", tableName: "ocop_product_change_request" }, {
    id: model.id({ prefix: "pchg" }).primaryKey(),
    producer_id: model.text().index(),
    product_id: model.text().index(),
    kind: model.enum([...PRODUCT_CHANGE_KINDS]),
    changes: model.json(),
    status: model.enum([...PRODUCT_CHANGE_STATUSES]).default("pending"),
    /** `producer:<member id>` of who asked. */
    requested_by: model.text(),
    /** `user:<admin id>` of who decided, when, and why a change was refused (the producer reads it). */
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["status", "created_at"] }])
