import { z } from "@medusajs/framework/zod"
import { PRODUCER_MEMBER_ROLES } from "../../modules/marketplace/models/producer-member"
import { PARCEL_STATES } from "../../orders/fulfilment"
import { MAX_IMAGES_PER_PRODUCT } from "../../producers/product-images"
import { bilingual, NoQuery, paging, Phone, required, sizeOf } from "../utils/validators"

/*
 * Queries and bodies of `/producer/*`, strict like the rest of the plugin's API: an unknown field is a 400.
 * Messages are bilingual, as the portal shows them.
 */

/** Every list: `limit` 1–100, `offset` ≥ 0. */
export const ProducerList = z.object(paging()).strict()
export type ProducerListType = z.infer<typeof ProducerList>

export const ProducerGetOne = NoQuery

/** Medusa's order statuses a producer's list can be narrowed to. */
export const PRODUCER_ORDER_STATUSES = ["pending", "completed", "canceled", "archived", "requires_action"] as const

/** The order list: a page, newest first, optionally of one status, or of parcels in one state (to pack, to ship…). */
export const ProducerOrderList = ProducerList.extend({
  status: z
    .enum(PRODUCER_ORDER_STATUSES, bilingual(`Trạng thái là một trong ${PRODUCER_ORDER_STATUSES.join(", ")}`, `status is one of ${PRODUCER_ORDER_STATUSES.join(", ")}`))
    .optional(),
  state: z
    .enum(PARCEL_STATES, bilingual(`Tình trạng kiện là một trong ${PARCEL_STATES.join(", ")}`, `state is one of ${PARCEL_STATES.join(", ")}`))
    .optional(),
}).strict()
export type ProducerOrderListType = z.infer<typeof ProducerOrderList>

const Email = z
  .string()
  .max(254)
  .refine((value) => z.string().email().safeParse(value.trim()).success, bilingual("E-mail không hợp lệ", "not a valid e-mail"))
  .transform((value) => value.trim().toLowerCase())

export const ProducerInviteMember = z
  .object({
    email: Email,
    role: z.enum(PRODUCER_MEMBER_ROLES, bilingual("Vai trò là owner hoặc staff", "role is owner or staff")).default("staff"),
  })
  .strict()
export type ProducerInviteMemberType = z.infer<typeof ProducerInviteMember>

const InviteToken = z
  .string(bilingual("Thiếu mã lời mời", "the invitation token is missing"))
  .refine((v) => sizeOf(v) >= 1, bilingual("Thiếu mã lời mời", "the invitation token is missing"))
  .refine((v) => sizeOf(v) <= 200, bilingual("Lời mời không hợp lệ", "the invitation link is not valid"))

export const ProducerCheckInvite = z.object({ token: InviteToken }).strict()
export type ProducerCheckInviteType = z.infer<typeof ProducerCheckInvite>

export const ProducerAcceptInvite = z
  .object({
    token: InviteToken,
    name: z
      .string()
      .trim()
      .refine((v) => sizeOf(v) >= 1, bilingual("Hãy nhập họ tên", "enter your name"))
      .refine((v) => sizeOf(v) <= 120, bilingual("Họ tên quá dài", "the name is too long")),
  })
  .strict()
export type ProducerAcceptInviteType = z.infer<typeof ProducerAcceptInvite>

const atLeastOne = (body: Record<string, unknown>) => Object.values(body).some((value) => value !== undefined)

const ProductTitle = z
  .string(bilingual("Hãy nhập tên sản phẩm", "enter the product's name"))
  .trim()
  .refine((title) => title.length >= 2, bilingual("Tên sản phẩm có ít nhất 2 ký tự", "the product's name takes at least 2 characters"))
  .refine((title) => title.length <= 200, bilingual("Tên sản phẩm tối đa 200 ký tự", "the product's name takes at most 200 characters"))
const EnglishTitle = z
  .string()
  .trim()
  .refine((v) => sizeOf(v) <= 200, bilingual("Tên tiếng Anh tối đa 200 ký tự", "the English name takes at most 200 characters"))
  .transform((value) => value || null)
const Description = (vi: string, en: string) =>
  z.string().refine((v) => sizeOf(v) <= 5000, bilingual(`${vi} tối đa 5 000 ký tự`, `${en} takes at most 5,000 characters`))

/**
 * What a producer changes in its own listing: description and subtitle at once; a title at once while the
 * product was never graded, else through the programme's review (the certificate covers the product as graded).
 * Stars and certificates are never the producer's.
 */
export const ProducerUpdateProduct = z
  .object({
    title: ProductTitle.optional(),
    title_en: EnglishTitle.optional(),
    description: Description("Mô tả", "the description").optional(),
    subtitle: z.string().refine((v) => sizeOf(v) <= 200, bilingual("Dòng phụ tối đa 200 ký tự", "the subtitle takes at most 200 characters")).optional(),
  })
  .strict()
  .refine(atLeastOne, bilingual("Không có gì để đổi", "nothing to change"))
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>

const Price = z
  .number(bilingual("Giá là một số", "the price is a number"))
  .refine((v) => Number.isInteger(v), bilingual("Giá là số đồng nguyên", "the price is whole đồng"))
  .refine((v) => sizeOf(v) >= 1000, bilingual("Giá tối thiểu 1.000 ₫", "the price is at least 1,000 ₫"))
  .refine((v) => sizeOf(v) <= 100_000_000, bilingual("Giá tối đa 100.000.000 ₫", "the price is at most 100,000,000 ₫"))
const Stock = z
  .number(bilingual("Tồn kho là một số", "the stock is a number"))
  .refine((v) => Number.isInteger(v), bilingual("Tồn kho là số nguyên", "the stock is a whole number"))
  .refine((v) => sizeOf(v) >= 0, bilingual("Tồn kho không âm", "the stock cannot be negative"))
  .refine((v) => sizeOf(v) <= 1_000_000, bilingual("Tồn kho tối đa 1.000.000", "the stock is at most 1,000,000"))

/** A variant's price in đồng (whole, from 1 000 ₫) and its stock (whole units). */
export const ProducerUpdateVariant = z
  .object({ price: Price.optional(), stock: Stock.optional() })
  .strict()
  .refine(atLeastOne, bilingual("Không có gì để đổi", "nothing to change"))
export type ProducerUpdateVariantType = z.infer<typeof ProducerUpdateVariant>

/** A new variant: its pack or size in both languages, an optional SKU, its đồng price and the units in stock. */
export const ProducerNewVariant = z
  .object({
    title: z
      .string(bilingual("Hãy nhập quy cách (gói 500 g, chai 250 ml…)", "enter the pack or size (500 g bag, 250 ml bottle…)"))
      .trim()
      .refine((v) => sizeOf(v) >= 1, bilingual("Hãy nhập quy cách (gói 500 g, chai 250 ml…)", "enter the pack or size (500 g bag, 250 ml bottle…)"))
      .refine((v) => sizeOf(v) <= 100, bilingual("Quy cách tối đa 100 ký tự", "the pack or size takes at most 100 characters")),
    title_en: z.string().trim().refine((v) => sizeOf(v) <= 100, bilingual("Quy cách tiếng Anh tối đa 100 ký tự", "the English pack or size takes at most 100 characters")).transform((v) => v || null).optional(),
    sku: z
      .string()
      .trim()
      .refine((v) => v === "" || /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(v), bilingual("Mã SKU gồm chữ, số, dấu chấm, gạch (tối đa 64)", "the SKU is letters, digits, dots and dashes (at most 64)"))
      .transform((v) => v || null)
      .optional(),
    price: Price,
    stock: Stock,
  })
  .strict()
export type ProducerNewVariantType = z.infer<typeof ProducerNewVariant>

/** A new product: a draft until the programme grades it, with one to ten variants. */
export const ProducerCreateProduct = z
  .object({
    title: required(ProductTitle, "Hãy nhập tên sản phẩm", "enter the product's name"),
    title_en: EnglishTitle.optional(),
    description: Description("Mô tả", "the description").optional(),
    description_en: Description("Mô tả tiếng Anh", "the English description").optional(),
    variants: required(
      z
        .array(ProducerNewVariant, bilingual("Hãy thêm ít nhất một quy cách", "add at least one pack or size"))
        .refine((v) => sizeOf(v) >= 1, bilingual("Hãy thêm ít nhất một quy cách", "add at least one pack or size"))
        .refine((v) => sizeOf(v) <= 10, bilingual("Tối đa 10 quy cách", "at most 10 packs or sizes"))
        .refine(
          (variants) => new Set(variants.map((v) => v.title.toLowerCase())).size === variants.length,
          bilingual("Hai quy cách trùng tên", "two packs or sizes have the same name")
        ),
      "Hãy thêm ít nhất một quy cách",
      "add at least one pack or size"
    ),
  })
  .strict()
export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>

/**
 * What a producer's owner tells buyers about it: its story in both languages, phone, e-mail, address and the
 * year it was founded. Name, kind, place and the certificate's address are the programme's record.
 */
export const ProducerUpdateProfile = z
  .object({
    story_vi: z.string().refine((v) => sizeOf(v) <= 5000, bilingual("Câu chuyện tối đa 5 000 ký tự", "the story takes at most 5,000 characters")).optional(),
    story_en: z
      .string()
      .refine((v) => sizeOf(v) <= 5000, bilingual("Câu chuyện tiếng Anh tối đa 5 000 ký tự", "the English story takes at most 5,000 characters"))
      .transform((v) => (v.trim() ? v : null))
      .optional(),
    phone: Phone.optional(),
    email: z
      .string()
      .refine((v) => sizeOf(v) <= 254, bilingual("E-mail không hợp lệ", "not a valid e-mail"))
      .refine((value) => value.trim() === "" || z.string().email().safeParse(value.trim()).success, bilingual("E-mail không hợp lệ", "not a valid e-mail"))
      .transform((value) => value.trim().toLowerCase() || null)
      .optional(),
    address_line: z
      .string()
      .trim()
      .refine((v) => sizeOf(v) >= 3, bilingual("Địa chỉ có ít nhất 3 ký tự", "the address takes at least 3 characters"))
      .refine((v) => sizeOf(v) <= 300, bilingual("Địa chỉ tối đa 300 ký tự", "the address takes at most 300 characters"))
      .optional(),
    founded_year: z
      .number(bilingual("Năm thành lập là một số", "the founding year is a number"))
      .refine((v) => Number.isInteger(v), bilingual("Năm thành lập là số nguyên", "the founding year is a whole number"))
      .refine((v) => sizeOf(v) >= 1900, bilingual("Năm thành lập từ 1900", "the founding year is 1900 or later"))
      .refine((year) => year <= new Date().getFullYear(), bilingual("Năm thành lập không ở tương lai", "the founding year is not in the future"))
      .nullable()
      .optional(),
  })
  .strict()
  .refine(atLeastOne, bilingual("Không có gì để đổi", "nothing to change"))
export type ProducerUpdateProfileType = z.infer<typeof ProducerUpdateProfile>

/** The product's photos in their new order, each named once; the first is the main photo. */
export const ProducerOrderImages = z
  .object({
    image_ids: required(
      z
        .array(
          z.string(bilingual("Mã ảnh là chuỗi", "each photo id is a string")).min(1).max(100),
          bilingual("Hãy gửi danh sách mã ảnh (image_ids)", "send the list of photo ids (image_ids)")
        )
        .refine((v) => sizeOf(v) >= 1, bilingual("Hãy gửi ít nhất một mã ảnh", "send at least one photo id"))
        .refine((v) => sizeOf(v) <= MAX_IMAGES_PER_PRODUCT, bilingual(`Mỗi sản phẩm tối đa ${MAX_IMAGES_PER_PRODUCT} ảnh`, `a product takes at most ${MAX_IMAGES_PER_PRODUCT} photos`))
        .refine((ids) => new Set(ids).size === ids.length, bilingual("Một ảnh được nêu hai lần", "a photo is named twice")),
      "Hãy gửi danh sách mã ảnh (image_ids)",
      "send the list of photo ids (image_ids)"
    ),
  })
  .strict()
export type ProducerOrderImagesType = z.infer<typeof ProducerOrderImages>
