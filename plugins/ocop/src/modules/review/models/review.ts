import { model } from "@medusajs/framework/utils"
import { ReviewImage } from "./review-image"

/**
 * A buyer's review of a product she received: one per order line (a second purchase may be reviewed again), with
 * the name shown as the author (first name and the last name's initial, taken when written so a later change of
 * the account's name does not rewrite old reviews). The programme hides an abusive one with a reason; the
 * producer answers once. Ids of other modules' records are kept as plain columns: the review outlives neither
 * the order nor the product in any way that needs a link, and the producer's id scopes the portal's list.
 */
export const Review = model
  .define({ name: "Review", tableName: "ocop_review" }, {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text().index(),
    // The product's producer when the review was written: the seller portal lists its own by it.
    producer_id: model.text().index().nullable(),
    customer_id: model.text().index(),
    order_id: model.text(),
    order_line_id: model.text().unique(),
    rating: model.number(),
    text: model.text(),
    author_name: model.text(),
    status: model.enum(["published", "hidden"]).default("published").index(),
    hidden_reason: model.text().nullable(),
    // When the programme last hid or published it again, and which admin user did.
    moderated_at: model.dateTime().nullable(),
    moderated_by: model.text().nullable(),
    reply_text: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
    // The producer's member who answered.
    replied_by: model.text().nullable(),
    // Up to MAX_REVIEW_PHOTOS (reviews/photos.ts), posted with the review; shown and hidden with it.
    images: model.hasMany(() => ReviewImage, { mappedBy: "review" }),
  })
  .cascades({ delete: ["images"] })
  .indexes([{ on: ["product_id", "status", "created_at"] }])
  .checks([
    { name: "ocop_review_rating_range", expression: (c) => `${c.rating} BETWEEN 1 AND 5` },
    { name: "ocop_review_text_length", expression: (c) => `char_length(btrim(${c.text})) BETWEEN 1 AND 2000` },
    {
      name: "ocop_review_reply_length",
      expression: (c) => `${c.reply_text} IS NULL OR char_length(btrim(${c.reply_text})) BETWEEN 1 AND 2000`,
    },
  ])
