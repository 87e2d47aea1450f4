import { model } from "@medusajs/framework/utils"

/**
 * A scan of a booth's or a product's QR code at a fair: a page view that arrived with the fair's referral
 * (src/fairs/referral.ts). `network_key` is the client's network as a keyed hash (modules/stamp/network.ts), never
 * an address; a second view from the same network of the same code within 30 minutes is the same scan
 * (service.recordScan), so reloading the page or passing the phone round a table counts once.
 */
export const FairScan = model
  .define({ name: "FairScan", tableName: "ocop_fair_scan" }, {
    id: model.id({ prefix: "fscan" }).primaryKey(),
    fair_id: model.text(),
    booth_id: model.text(),
    /** The product whose code was scanned; null for the booth's own code. */
    product_id: model.text().nullable(),
    network_key: model.text(),
    scanned_at: model.dateTime(),
  })
  .indexes([
    { on: ["fair_id", "booth_id"], where: "deleted_at IS NULL" },
    { on: ["booth_id", "network_key", "scanned_at"], where: "deleted_at IS NULL" },
  ])
