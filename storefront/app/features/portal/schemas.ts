import { z } from "zod"
import { NEW_PRODUCT_ROWS } from "./new-product-rows"

/**
 * The portal's forms, checked on the server before anything reaches the backend (which checks again). Errors are
 * i18n keys (`portal.errors.*`), shown beside their field.
 */
const email = z.string().trim().toLowerCase().email("portal.errors.email")

/** Đồng as people type them: "135.000", "135 000", "135000 ₫". */
export function parseDong(text: string): number | null {
  const digits = text.replace(/[\s.,₫đ]/gi, "")
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null
}

const dong = z
  .string()
  .transform((text, ctx) => {
    const value = parseDong(text)
    if (value === null || value < 1000 || value > 100_000_000) {
      ctx.addIssue({ code: "custom", message: "portal.errors.price" })
      return z.NEVER
    }
    return value
  })

const stock = z
  .string()
  .trim()
  .regex(/^\d{1,7}$/, "portal.errors.stock")
  .transform(Number)
  .refine((value) => value <= 1_000_000, "portal.errors.stock")

export const signInSchema = z.object({ email, password: z.string().min(1, "portal.errors.password").max(128, "portal.errors.password") })

export const acceptInviteSchema = (hasLogin: boolean) =>
  z.object({
    name: z.string().trim().min(1, "portal.errors.name").max(120, "portal.errors.name"),
    password: hasLogin
      ? z.string().min(1, "portal.errors.password").max(128, "portal.errors.password")
      : z.string().min(8, "portal.errors.newPassword").max(128, "portal.errors.newPassword"),
  })

export const inviteSchema = z.object({ email, role: z.enum(["owner", "staff"]) })

export const descriptionSchema = z.object({ description: z.string().max(5000, "portal.errors.description") })

export const variantSchema = z.object({ variant_id: z.string().min(1).max(100), price: dong, stock })

/** A request to sell a product at one of the programme's sales points, or to take it off one (docs/decisions/044). */
export const salesPointRequestSchema = z.object({
  sales_point_id: z.string().trim().min(1, "portal.errors.salesPoint").max(100, "portal.errors.salesPoint"),
  action: z.enum(["add", "remove"], { message: "portal.errors.salesPoint" }),
})

/** A lead's next step: the status, a note, and for a signed contract its value in đồng. */
export const leadStatusSchema = z
  .object({
    status: z.enum(["new", "contacted", "memorandum_signed", "contract_signed", "dropped"], { message: "portal.errors.leadStatus" }),
    note: z
      .string()
      .trim()
      .max(2000, "portal.errors.leadNote")
      .optional()
      .transform((value) => value || undefined),
    contract_value: z
      .string()
      .optional()
      .transform((text, ctx) => {
        if (!text?.trim()) return undefined
        const value = parseDong(text)
        if (value === null || value < 1) {
          ctx.addIssue({ code: "custom", message: "portal.errors.contractValue" })
          return z.NEVER
        }
        return value
      }),
  })
  .superRefine((form, ctx) => {
    if (form.status === "contract_signed" && form.contract_value === undefined) {
      ctx.addIssue({ code: "custom", message: "portal.errors.contractValue", path: ["contract_value"] })
    }
  })
  // Only a contract has a value: one typed beside another status is left out rather than refused.
  .transform((form) => (form.status === "contract_signed" ? form : { ...form, contract_value: undefined }))

/** Shipped: the carrier and its tracking number, as carriers print them (the backend checks again). */
export const shipSchema = z.object({
  carrier: z.string().trim().min(2, "portal.errors.carrier").max(60, "portal.errors.carrier"),
  tracking_number: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{3,39}$/, "portal.errors.trackingNumber")
    .transform((value) => value.toUpperCase()),
})

/** Cancelled: the reason the buyer is told. */
export const cancelSchema = z.object({ reason: z.string().trim().min(3, "portal.errors.cancelReason").max(500, "portal.errors.cancelReason") })


const optionalText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, key)
    .optional()
    .transform((value) => value || undefined)

/**
 * The new-product form: names and descriptions in both languages, and up to three rows of pack, price and stock
 * (`variant1_title`, `variant1_price`…). A row left empty is skipped; the first is needed; a row half filled is an
 * error on the field it misses.
 */
export const newProductSchema = z
  .object({
    title: z.string().trim().min(2, "portal.errors.productTitle").max(200, "portal.errors.productTitle"),
    title_en: optionalText(200, "portal.errors.productTitle"),
    description: optionalText(5000, "portal.errors.description"),
    description_en: optionalText(5000, "portal.errors.description"),
  })
  .catchall(z.string())
  // Checked apart from the building below, so the rows' errors show beside the names' in one answer.
  .superRefine((form, ctx) => {
    const seen = new Set<string>()
    for (const { row, title, titleEn, price, stock, empty } of rowsOf(form)) {
      if (empty) continue
      if (!title || title.length > 100) ctx.addIssue({ code: "custom", message: "portal.errors.variantTitle", path: [`variant${row}_title`] })
      else if (seen.has(title.toLowerCase())) ctx.addIssue({ code: "custom", message: "portal.errors.variantTwice", path: [`variant${row}_title`] })
      seen.add(title.toLowerCase())
      if (titleEn.length > 100) ctx.addIssue({ code: "custom", message: "portal.errors.variantTitle", path: [`variant${row}_title_en`] })
      if (price === null) ctx.addIssue({ code: "custom", message: "portal.errors.price", path: [`variant${row}_price`] })
      if (stock === null) ctx.addIssue({ code: "custom", message: "portal.errors.stock", path: [`variant${row}_stock`] })
    }
  })
  .transform((form) => ({
    title: form.title,
    ...(form.title_en ? { title_en: form.title_en } : {}),
    ...(form.description ? { description: form.description } : {}),
    ...(form.description_en ? { description_en: form.description_en } : {}),
    variants: rowsOf(form)
      .filter((row) => !row.empty)
      .map(({ title, titleEn, price, stock }) => ({ title, ...(titleEn ? { title_en: titleEn } : {}), price: price!, stock: stock! })),
  }))

/** The form's pack rows as typed: the first always counts, a later one only when something was typed in it. */
function rowsOf(form: Record<string, string | undefined>) {
  return Array.from({ length: NEW_PRODUCT_ROWS }, (_, index) => {
    const row = index + 1
    const field = (name: string) => String(form[`variant${row}_${name}`] ?? "").trim()
    const [title, titleEn, priceText, stockText] = [field("title"), field("title_en"), field("price"), field("stock")]
    const price = parseDong(priceText)
    return {
      row,
      title,
      titleEn,
      price: price !== null && price >= 1000 && price <= 100_000_000 ? price : null,
      stock: /^\d{1,7}$/.test(stockText) && Number(stockText) <= 1_000_000 ? Number(stockText) : null,
      empty: row > 1 && !title && !titleEn && !priceText && !stockText,
    }
  })
}

/** Four digits, not in the future; empty clears it. */
const foundedYear = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (!text) return null
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN
    if (!(year >= 1900 && year <= new Date().getFullYear())) {
      ctx.addIssue({ code: "custom", message: "portal.errors.foundedYear" })
      return z.NEVER
    }
    return year
  })

/** The producer's profile: what its owners say of it. Phone checked as the account's (libphonenumber, on the server). */
export const profileSchema = (isPhone: (text: string) => boolean) =>
  z.object({
    story_vi: z.string().max(5000, "portal.errors.story"),
    story_en: z.string().max(5000, "portal.errors.story"),
    phone: z.string().trim().refine(isPhone, "portal.errors.phone"),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .refine((value) => value === "" || z.string().email().safeParse(value).success, "portal.errors.email"),
    address_line: z.string().trim().min(3, "portal.errors.address").max(300, "portal.errors.address"),
    founded_year: foundedYear,
  })

/** The backend's limits on a product's photos (plugins/ocop/src/producers/product-images.ts), checked here first. */
/** A product's photos at most (the backend's MAX_IMAGES_PER_PRODUCT). */
export const MAX_PHOTOS = 10

/** A photo to take off or to make the main one. */
export const photoSchema = z.object({ image_id: z.string().min(1).max(100) })
