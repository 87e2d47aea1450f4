import { model } from "@medusajs/framework/utils"

/**
 * The certified catalogue as shoppers read it: one row per product that may be shown, already shaped as a
 * product card (title, price, stars, producer, place). Workflows that certify, renew, revoke, expire, attach
 * producers or change sales points rewrite a product's row in the same transaction, so the store's catalogue
 * is one indexed query instead of a walk over product, pricing, certification and producer graphs.
 * See docs/decisions/004-catalogue-read-model.md.
 */
export const CatalogueEntry = model
  .define({ name: "CatalogueEntry", tableName: "ocop_catalogue_entry" }, {
    id: model.id({ prefix: "occat" }).primaryKey(),
    product_id: model.text().unique(),
    handle: model.text().unique(),
    title: model.text(),
    title_en: model.text().nullable(),
    subtitle: model.text().nullable(),
    subtitle_en: model.text().nullable(),
    thumbnail: model.text().nullable(),
    // Lowest variant price in đồng; VND has no minor unit.
    price_amount: model.number(),
    currency_code: model.text().default("vnd"),
    certification_id: model.text(),
    stars: model.number().index(),
    score: model.float(),
    group_code: model.text().index(),
    sub_group_code: model.text().nullable(),
    criteria_version: model.text(),
    level: model.enum(["province", "national"]),
    certificate_no: model.text(),
    decision_no: model.text().nullable(),
    issued_at: model.dateTime(),
    expires_at: model.dateTime().index(),
    producer_id: model.text().nullable(),
    producer_handle: model.text().index().nullable(),
    producer_name: model.text().nullable(),
    producer_entity_type: model.text().index().nullable(),
    province_code: model.text().index().nullable(),
    address_as_certified: model.text().nullable(),
    sales_point_handles: model.array(),
    // Lower-case and accent-free ("ca phe buon ma thuot"), so a trigram index serves searches typed without accents.
    search_text: model.text(),
    // Buyers' published reviews (the review module; docs/decisions/040), copied by the projection so cards need no join.
    rating_average: model.float().nullable(),
    rating_count: model.number().default(0),
  })
