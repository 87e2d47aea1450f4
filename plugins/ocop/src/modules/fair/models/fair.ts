import { model } from "@medusajs/framework/utils"
import { Booth } from "./booth"
import { FairZone } from "./fair-zone"

/**
 * A trade fair (hội chợ) where producers show certified products at booths arranged in zones. It runs from
 * `starts_at` (opening day, 00:00 in Vietnam) to `ends_at` (the day after its last day, 00:00 in Vietnam,
 * exclusive): schedule.ts turns the organiser's days into these instants and says whether it runs at a moment.
 * While it runs, it is also a `fair_booth` sales point (src/links/fair-sales-point.ts), so the products shown
 * name it in their "where to buy". Unpublished fairs are the organiser's draft, never shown to the public.
 */
export const Fair = model
  .define({ name: "Fair", tableName: "ocop_fair" }, {
    id: model.id({ prefix: "fair" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    name_en: model.text().nullable(),
    organiser: model.text(),
    organiser_phone: model.text(),
    organiser_email: model.text().nullable(),
    venue_name: model.text(),
    address: model.text(),
    province_code: model.text(),
    ward_code: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    opening_hours_vi: model.text(),
    opening_hours_en: model.text().nullable(),
    description_vi: model.text().default(""),
    description_en: model.text().nullable(),
    cover_image: model.text().nullable(),
    /** The floor plan's grid, in cells; booths sit on it (booth.ts). */
    floor_columns: model.number().default(12),
    floor_rows: model.number().default(8),
    published: model.boolean().default(false),
    zones: model.hasMany(() => FairZone, { mappedBy: "fair" }),
    booths: model.hasMany(() => Booth, { mappedBy: "fair" }),
  })
  .indexes([{ on: ["starts_at", "ends_at"], where: "deleted_at IS NULL" }])
  .checks([
    { name: "ocop_fair_ends_after_start", expression: (c) => `${c.ends_at} > ${c.starts_at}` },
    { name: "ocop_fair_latitude_range", expression: (c) => `${c.latitude} BETWEEN -90 AND 90` },
    { name: "ocop_fair_longitude_range", expression: (c) => `${c.longitude} BETWEEN -180 AND 180` },
    { name: "ocop_fair_floor_size", expression: (c) => `${c.floor_columns} BETWEEN 1 AND 60 AND ${c.floor_rows} BETWEEN 1 AND 60` },
  ])
