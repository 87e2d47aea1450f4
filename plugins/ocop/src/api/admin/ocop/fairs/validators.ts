import { z } from "@medusajs/framework/zod"
import { TRADE_LEAD_STATUSES } from "../../../../modules/fair/lead-status"
import { FAIR_PHASES } from "../../../../modules/fair/schedule"
import { bilingual, Flag, Handle, Id, Latitude, Longitude, ordering, paging, Phone, ProvinceCode, Text, WardCode } from "../../../utils/validators"

/** An ISO day (YYYY-MM-DD), a Vietnam calendar day: the fair's first or last. */
const Day = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), bilingual("Ngày có dạng YYYY-MM-DD", "a day is written YYYY-MM-DD"))
const Email = z.string().refine((v) => z.string().email().safeParse(v).success, bilingual("E-mail không hợp lệ", "not a valid e-mail"))
const Url = z.string().max(2000).refine((v) => /^(https?:\/\/|\/)/.test(v), bilingual("Ảnh bìa là một địa chỉ http(s) hoặc /static/…", "the cover image is an http(s) or /static/… address"))
const GridSize = z.number().int().min(1).max(60)

export const AdminListFairs = z
  .object({
    q: z.string().optional(),
    when: z.enum(FAIR_PHASES as [string, ...string[]]).optional(),
    published: Flag.optional(),
    ...paging(),
    ...ordering(["starts_at", "-starts_at", "name", "-name", "created_at", "-created_at"], "-starts_at"),
  })
  .strict()
export type AdminListFairsType = z.infer<typeof AdminListFairs>

const ZoneCode = z.string().refine((v) => /^[A-Za-z0-9-]{1,10}$/.test(v), bilingual("Mã khu gồm 1–10 chữ, số hoặc gạch ngang (A, B, CAFE)", "a zone code is 1–10 letters, digits or dashes (A, B, CAFE)"))
const zoneFields = { code: ZoneCode, name: Text, name_en: z.string().nullish(), rank: z.number().int().min(0).max(1000).optional() }

const fairFields = {
  handle: Handle,
  name: Text,
  name_en: z.string().nullish(),
  organiser: Text,
  organiser_phone: Phone,
  organiser_email: Email.nullish(),
  venue_name: Text,
  address: Text,
  province_code: ProvinceCode,
  ward_code: WardCode,
  latitude: Latitude,
  longitude: Longitude,
  first_day: Day,
  last_day: Day,
  opening_hours_vi: Text,
  opening_hours_en: z.string().nullish(),
  description_vi: z.string().max(10_000).optional(),
  description_en: z.string().max(10_000).nullish(),
  cover_image: Url.nullish(),
  floor_columns: GridSize.optional(),
  floor_rows: GridSize.optional(),
  published: z.boolean().optional(),
}

export const AdminCreateFair = z.object({ ...fairFields, zones: z.array(z.object(zoneFields).strict()).max(50).optional() }).strict()
export type AdminCreateFairType = z.infer<typeof AdminCreateFair>
export const AdminUpdateFair = z.object(fairFields).partial().strict()
export type AdminUpdateFairType = z.infer<typeof AdminUpdateFair>

export const AdminCreateZone = z.object(zoneFields).strict()
export type AdminCreateZoneType = z.infer<typeof AdminCreateZone>
export const AdminUpdateZone = z.object(zoneFields).partial().strict()
export type AdminUpdateZoneType = z.infer<typeof AdminUpdateZone>

const BoothNumber = z.string().refine((v) => /^[A-Za-z0-9-]{1,10}$/.test(v), bilingual("Số gian hàng gồm 1–10 chữ, số hoặc gạch ngang (A12)", "a booth number is 1–10 letters, digits or dashes (A12)"))
const Cell = z.number().int().min(0).max(59)
const Span = z.number().int().min(1).max(20)
const boothFields = {
  number: BoothNumber,
  zone_id: Id.nullish(),
  producer_id: Id,
  x: Cell,
  y: Cell,
  width: Span.optional(),
  height: Span.optional(),
  product_ids: z.array(Id).max(50),
}
export const AdminCreateBooth = z.object({ ...boothFields, product_ids: boothFields.product_ids.default([]) }).strict()
export type AdminCreateBoothType = z.infer<typeof AdminCreateBooth>
export const AdminUpdateBooth = z.object(boothFields).partial().strict()
export type AdminUpdateBoothType = z.infer<typeof AdminUpdateBooth>

export const AdminFairFigures = z
  .object({ year: z.coerce.number().int().min(2018, bilingual("Từ năm 2018", "from 2018 on")).max(2100).optional() })
  .strict()
export type AdminFairFiguresType = z.infer<typeof AdminFairFigures>

/** The CSV of a fair's leads, all of them or those in one status. */
export const AdminExportFairLeads = z.object({ status: z.enum(TRADE_LEAD_STATUSES).optional() }).strict()
export type AdminExportFairLeadsType = z.infer<typeof AdminExportFairLeads>

/** A producer's products a booth may show. */
export const AdminShowableProducts = z.object({ producer_id: Id }).strict()
export type AdminShowableProductsType = z.infer<typeof AdminShowableProducts>

/** A booth's or a product's QR code: SVG (to print at any size) or PNG. */
export const AdminFairQr = z.object({ format: z.enum(["svg", "png"], bilingual("format là svg hoặc png", "format is svg or png")).default("svg") }).strict()
export type AdminFairQrType = z.infer<typeof AdminFairQr>
