import { z } from "@medusajs/framework/zod"
import { MAX_ORDERS_PER_CLAIM } from "../../../../customers/guest-orders"
import { paging } from "../../../utils/validators"

/**
 * Bodies of `/store/ocop/customers/me/*`. Strict like the rest of `/store/ocop`: an unknown field is a 400.
 * Messages are bilingual, as the storefront may show them.
 */

/** Asking for the link takes nothing but the login: the orders are found from the account's e-mail. */
export const StoreOcopClaimGuestOrders = z.object({}).strict()

/** Medusa's transfer tokens are v4 UUIDs; anything else cannot be one and is refused before any lookup. */
const transferToken = z
  .string()
  .uuid({ message: "Liên kết không hợp lệ / the link is not valid" })

export const StoreOcopAcceptGuestOrders = z
  .object({
    tokens: z
      .array(transferToken)
      .min(1, { message: "Liên kết không có mã nào / the link carries no token" })
      .max(MAX_ORDERS_PER_CLAIM, { message: "Liên kết không hợp lệ / the link is not valid" }),
  })
  .strict()
export type StoreOcopAcceptGuestOrdersType = z.infer<typeof StoreOcopAcceptGuestOrders>

export const StoreOcopChangePassword = z
  .object({
    current_password: z.string().min(1, { message: "Hãy nhập mật khẩu hiện tại / enter the current password" }).max(128),
    // The storefront's rule (schemas.ts, PASSWORD_MIN): a new password shorter than that is refused here too.
    new_password: z
      .string()
      .min(8, { message: "Mật khẩu mới cần ít nhất 8 ký tự / the new password needs at least 8 characters" })
      .max(128, { message: "Mật khẩu mới quá dài / the new password is too long" }),
  })
  .strict()
  .refine((body) => body.current_password !== body.new_password, {
    path: ["new_password"],
    message: "Mật khẩu mới phải khác mật khẩu hiện tại / the new password must differ from the current one",
  })
export type StoreOcopChangePasswordType = z.infer<typeof StoreOcopChangePassword>

/** Asking for the verification mail again takes nothing but the login. */
export const StoreOcopRequestVerification = z.object({}).strict()

/** The mailed link's `t`: `<customer id>.<expiry>.<signature>` (customers/email-verification.ts). */
export const StoreOcopVerifyEmail = z
  .object({
    token: z
      .string({ message: "Liên kết không có mã / the link carries no token" })
      .min(1, { message: "Liên kết không có mã / the link carries no token" })
      .max(200, { message: "Liên kết không hợp lệ / the link is not valid" }),
  })
  .strict()
export type StoreOcopVerifyEmailType = z.infer<typeof StoreOcopVerifyEmail>

/** A product's handle as the catalogue writes them: lower-case words of letters and digits, joined by dashes. */
const productHandle = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Mã sản phẩm không hợp lệ / not a product handle" })

export const StoreOcopFavouritesParams = z
  .object({
    ...paging(24),
    // Is this product one of hers? The product page asks with its own handle.
    handle: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*){0,23}$/, {
        message: "handle là 1–24 mã sản phẩm cách nhau bởi dấu phẩy / handle is a comma list of 1–24 product handles",
      })
      .transform((list) => [...new Set(list.split(","))])
      .optional(),
    locale: z.enum(["vi", "en"]).optional(),
  })
  .strict()
export type StoreOcopFavouritesParamsType = z.infer<typeof StoreOcopFavouritesParams>

export const StoreOcopAddFavourite = z.object({ product_handle: productHandle }).strict()
export type StoreOcopAddFavouriteType = z.infer<typeof StoreOcopAddFavourite>

/** The purchases some of her orders belong to: the account's order history asks for the orders on its page. */
export const StoreOcopPurchasesParams = z
  .object({
    order_id: z
      .string()
      .regex(/^order_[0-9A-Za-z]{10,40}(?:,order_[0-9A-Za-z]{10,40}){0,99}$/, {
        message: "order_id là 1–100 mã đơn cách nhau bởi dấu phẩy / order_id is a comma list of 1–100 order ids",
      })
      .transform((ids) => [...new Set(ids.split(","))]),
  })
  .strict()
export type StoreOcopPurchasesParamsType = z.infer<typeof StoreOcopPurchasesParams>
