import { model } from "@medusajs/framework/utils"

/**
 * The public register as the lookup reads it (`/tra-cuu`, docs/decisions/029): one row per certificate that
 * carries a number, current or past, with what a shopper needs beside it (product, producer) and the newer
 * evaluation of the same product that followed it. Written with the catalogue rows by the same projection
 * (workflows/steps/project-products.ts), so certifying, renewing, revoking and renaming keep it in step; the
 * state (valid, expiring, expired…) is judged at read time by rules.ts from the dates it copies.
 */
export const RegisterEntry = model
  .define({ name: "RegisterEntry", tableName: "ocop_register_entry" }, {
    id: model.id({ prefix: "ocreg" }).primaryKey(),
    certification_id: model.text().unique(),
    product_id: model.text().index(),
    certificate_no: model.text(),
    // Letters and digits of the number, upper case (rules.ts `certificateKey`): what a typed number is matched on.
    certificate_key: model.text().index(),
    decision_no: model.text().nullable(),
    // The decision number keyed the same way (`1378/QD-UBND` typed without its Đ finds `1378/QĐ-UBND`).
    decision_key: model.text().index().nullable(),
    stars: model.number(),
    score: model.float(),
    group_code: model.text(),
    sub_group_code: model.text().nullable(),
    criteria_version: model.text(),
    level: model.enum(["province", "national"]),
    issued_at: model.dateTime(),
    expires_at: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    product_handle: model.text().index(),
    product_title: model.text(),
    product_title_en: model.text().nullable(),
    producer_id: model.text().index().nullable(),
    producer_handle: model.text().nullable(),
    producer_name: model.text().nullable(),
    producer_entity_type: model.text().nullable(),
    province_code: model.text().nullable(),
    // The newest evaluation of the product issued after this one (with or without a certificate), if any.
    successor_certification_id: model.text().nullable(),
    successor_certificate_no: model.text().nullable(),
    successor_stars: model.number().nullable(),
    successor_issued_at: model.dateTime().nullable(),
    successor_revoked_at: model.dateTime().nullable(),
    // Folded like the catalogue's (number, decision, product, producer): trigram-indexed for names and near misses.
    search_text: model.text(),
  })
