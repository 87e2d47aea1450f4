import { model } from "@medusajs/framework/utils"

/**
 * One reminder to renew sent (or being sent) for a certification: the daily sweep's 90-, 30- and 7-day ones
 * (`key` "stage-90"…) and the programme officer's own from the certificates list ("manual-2026-12-01", one a
 * day). The unique key is what makes each reminder go out once, even when two requests race (a double click,
 * two servers running the sweep): the second insert finds the key taken and sends nothing.
 */
export const CertificationReminder = model
  .define({ name: "CertificationReminder", tableName: "ocop_certification_reminder" }, {
    id: model.id({ prefix: "ocrem" }).primaryKey(),
    certification_id: model.text().index(),
    key: model.text(),
    // 90, 30 or 7 for the sweep's; null for the officer's.
    stage: model.number().nullable(),
    requested_by: model.text().nullable(),
    // Who was written to (producer's e-mail and its members'), filled once the mails went out.
    sent_to: model.array(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["certification_id", "key"], unique: true, where: "deleted_at IS NULL" }])
