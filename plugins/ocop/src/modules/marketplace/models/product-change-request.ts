import { model } from "@medusajs/framework/utils"

export const PRODUCT_CHANGE_KINDS = ["title", "variant"] as const
export type ProductChangeKind = (typeof PRODUCT_CHANGE_KINDS)[number]
export const PRODUCT_CHANGE_STATUSES = ["pending", "approved", "rejected", "withdrawn"] as const
export type ProductChangeStatus = (typeof PRODUCT_CHANGE_STATUSES)[number]

/**
 * A producer's change to a certified product that the programme reviews before it goes live: a new title, or a
 * new variant (size, pack). The certificate covers the product as it was graded, so what a shopper reads under
 * the stars changes only when the programme says so. `changes` holds what was asked, as the producer typed it:
 * `{ title, title_en }` or `{ title, title_en, price, stock }`; approving applies it through Medusa's workflows.
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
