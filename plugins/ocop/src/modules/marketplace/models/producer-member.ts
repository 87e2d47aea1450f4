import { model } from "@medusajs/framework/utils"

export const PRODUCER_MEMBER_ROLES = ["owner", "staff"] as const
export type ProducerMemberRole = (typeof PRODUCER_MEMBER_ROLES)[number]

/**
 * A person who signs in for a producer (HTX, enterprise, household) to sell through the marketplace: the actor
 * of Medusa's auth actor type `producer` (the login's `app_metadata.producer_id` holds this member's id, in
 * Medusa's `<actor type>_id` naming). One producer per member; owners manage the team, staff the daily work.
 * `producer_id` is the OCOP producer (modules/ocop) it acts for, tied by the read-only link in src/links.
 */
export const ProducerMember = model
  .define({ name: "ProducerMember", tableName: "ocop_producer_member" }, {
    id: model.id({ prefix: "pmem" }).primaryKey(),
    producer_id: model.text().index(),
    email: model.text(),
    name: model.text().nullable(),
    role: model.enum([...PRODUCER_MEMBER_ROLES]),
    /** Removed members keep their row (orders and payouts name who did what); they can no longer act. */
    removed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["producer_id", "email"], unique: true, where: "deleted_at IS NULL AND removed_at IS NULL" }])
