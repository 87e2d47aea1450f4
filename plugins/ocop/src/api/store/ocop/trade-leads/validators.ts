import { z } from "@medusajs/framework/zod"
import { TRADE_LEAD_SOURCES } from "../../../../modules/fair/lead-status"
import { normalizeShopperPhone } from "../../../../modules/ocop/rules"
import { bilingual } from "../../../utils/validators"

/** A form's empty field is a field not filled in. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value)

const text = (max: number, vi: string, en: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, bilingual(`${vi} tối đa ${max} ký tự`, `${en} takes at most ${max} characters`)).optional())

const handle = z.preprocess(blankToUndefined, z.string().trim().min(1).max(200).optional())

/**
 * `POST /store/ocop/trade-leads`: a buyer's enquiry. `website` is a honeypot: people never see the field, a bot
 * filling every field fills it, and the enquiry is refused (400) with nothing written. One of phone (a
 * Vietnamese mobile, kept in E.164) or e-mail is needed to answer her.
 */
export const StoreTradeLeadBody = z
  .object({
    buyer_name: z
      .string(bilingual("Hãy nhập họ tên", "enter your name"))
      .trim()
      .min(1, bilingual("Hãy nhập họ tên", "enter your name"))
      .max(120, bilingual("Họ tên tối đa 120 ký tự", "the name takes at most 120 characters")),
    organisation: text(200, "Tên đơn vị", "the organisation"),
    phone: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(30, bilingual("Số điện thoại không hợp lệ", "not a valid phone number"))
        // A buyer from abroad at a fair leaves a number with its country code, as a shopper may.
        .refine((value) => normalizeShopperPhone(value) !== null, bilingual(
          "Số điện thoại không hợp lệ: di động Việt Nam (+84 hoặc 0, đầu số 3/5/7/8/9, rồi 8 chữ số) hoặc số nước ngoài kèm mã quốc gia",
          "not a valid phone number: a Vietnamese mobile (+84 or 0, a 3/5/7/8/9 prefix, then eight digits) or a number from abroad with its country code"
        ))
        .transform((value) => normalizeShopperPhone(value)!)
        .optional()
    ),
    email: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(254, bilingual("E-mail không hợp lệ", "not a valid e-mail"))
        .refine((value) => z.string().email().safeParse(value.trim()).success, bilingual("E-mail không hợp lệ", "not a valid e-mail"))
        .transform((value) => value.trim().toLowerCase())
        .optional()
    ),
    market: text(200, "Thị trường", "the market"),
    product_handle: handle,
    fair_handle: handle,
    booth: z.preprocess(blankToUndefined, z.string().trim().min(1).max(20, bilingual("Số gian hàng tối đa 20 ký tự", "a booth number takes at most 20 characters")).optional()),
    quantity: text(200, "Số lượng", "the quantity"),
    note: text(2000, "Lời nhắn", "the note"),
    source: z.enum(TRADE_LEAD_SOURCES).optional(),
    locale: z.enum(["vi", "en"]).optional(),
    website: z
      .string()
      .max(0, bilingual("Yêu cầu không được gửi", "the enquiry was not sent"))
      .optional(),
  })
  .strict()
  .refine((body) => !!body.phone || !!body.email, {
    ...bilingual("Hãy để lại số điện thoại hoặc e-mail để người bán liên hệ", "leave a phone number or an e-mail so the seller can reach you"),
    path: ["phone"],
  })
export type StoreTradeLeadBodyType = z.infer<typeof StoreTradeLeadBody>
