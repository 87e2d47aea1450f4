import { model } from "@medusajs/framework/utils"
import { PRODUCER_MEMBER_ROLES } from "./producer-member"

/**
 * An invitation mailed to someone to join a producer's team. The link carries a signed token for this invite and
 * its expiry (lib/signed-token.ts), so nothing secret is stored; it works once (`accepted_at`), until
 * `expires_at`, and not after it was revoked or sent again with a new expiry.
 */
export const ProducerInvite = model
  .define({ name: "ProducerInvite", tableName: "ocop_producer_invite" }, {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    producer_id: model.text().index(),
    email: model.text(),
    role: model.enum([...PRODUCER_MEMBER_ROLES]),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    /** Who asked: `user:<id>` for the programme's admin, `producer:<member id>` for an owner. */
    invited_by: model.text(),
  })
  .indexes([{ on: ["producer_id", "email"], unique: true, where: "deleted_at IS NULL AND accepted_at IS NULL AND revoked_at IS NULL" }])
