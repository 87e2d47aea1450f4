import { model } from "@medusajs/framework/utils"

/**
 * One OCOP evaluation of one product (linked to it through `src/links/product-certification.ts`).
 * History is kept: a renewal is a new row pointing at the one it renews, and a revocation only stamps
 * `revoked_at`. Which row speaks for a product is `currentCertification` in rules.ts.
 */
export const Certification = model
  .define({ name: "Certification", tableName: "ocop_certification" }, {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    stars: model.number(),
    score: model.float(),
    criteria_version: model.text(),
    group_code: model.text(),
    sub_group_code: model.text().nullable(),
    // 1–2 ★ evaluations get no certificate, hence no level and no numbers.
    level: model.enum(["province", "national"]).nullable(),
    certificate_no: model.text().nullable(),
    decision_no: model.text().nullable(),
    issued_at: model.dateTime(),
    expires_at: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    revoked_reason: model.text().nullable(),
    renews_id: model.text().nullable(),
    // Each event is sent once per certification; the stamps make the daily job safe to run again.
    expiring_notified_at: model.dateTime().nullable(),
    lapsed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["certificate_no"], unique: true, where: "certificate_no IS NOT NULL AND deleted_at IS NULL" },
    { on: ["expires_at"], where: "revoked_at IS NULL AND deleted_at IS NULL" },
  ])
  .checks([
    { name: "ocop_certification_stars_range", expression: (c) => `${c.stars} BETWEEN 1 AND 5` },
    { name: "ocop_certification_score_range", expression: (c) => `${c.score} BETWEEN 0 AND 100` },
    { name: "ocop_certification_expires_after_issue", expression: (c) => `${c.expires_at} > ${c.issued_at}` },
  ])
