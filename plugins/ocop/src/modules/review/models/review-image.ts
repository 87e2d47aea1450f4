import { model } from "@medusajs/framework/utils"
import { Review } from "./review"

/**
 * A photo the buyer posted with her review (shoppers read "photos"; the model says "image" as Medusa's product does), in the order she chose them. The file lives in the File Module (the
 * local provider here, S3 or another unchanged); `file_id` is that module's id of it, so that it can be deleted.
 */
export const ReviewImage = model.define({ name: "ReviewImage", tableName: "ocop_review_image" }, {
  id: model.id({ prefix: "revimg" }).primaryKey(),
  url: model.text(),
  file_id: model.text(),
  rank: model.number().default(0),
  review: model.belongsTo(() => Review, { mappedBy: "images" }),
})
