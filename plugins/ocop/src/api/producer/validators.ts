import { z } from "@medusajs/framework/zod"
import { PRODUCER_MEMBER_ROLES } from "../../modules/marketplace/models/producer-member"
import { bilingual, NoQuery, paging } from "../utils/validators"

/*
 * Queries and bodies of `/producer/*`, strict like the rest of the plugin's API: an unknown field is a 400.
 * Messages are bilingual, as the portal shows them.
 */

/** Every list: `limit` 1–100, `offset` ≥ 0. */
export const ProducerList = z.object(paging()).strict()
export type ProducerListType = z.infer<typeof ProducerList>

export const ProducerGetOne = NoQuery

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
  .min(1, bilingual("Thiếu mã lời mời", "the invitation token is missing"))
  .max(200, bilingual("Lời mời không hợp lệ", "the invitation link is not valid"))

export const ProducerCheckInvite = z.object({ token: InviteToken }).strict()
export type ProducerCheckInviteType = z.infer<typeof ProducerCheckInvite>

export const ProducerAcceptInvite = z
  .object({
    token: InviteToken,
    name: z
      .string()
      .trim()
      .min(1, bilingual("Hãy nhập họ tên", "enter your name"))
      .max(120, bilingual("Họ tên quá dài", "the name is too long")),
  })
  .strict()
export type ProducerAcceptInviteType = z.infer<typeof ProducerAcceptInvite>

const atLeastOne = (body: Record<string, unknown>) => Object.values(body).some((value) => value !== undefined)

/**
 * What a producer changes in its own listing. Title and variants are the programme's (the certificate covers the
 * product as graded) and go through review; stars and certificates are never the producer's.
 */
export const ProducerUpdateProduct = z
  .object({
    description: z.string().max(5000, bilingual("Mô tả tối đa 5 000 ký tự", "the description takes at most 5,000 characters")).optional(),
    subtitle: z.string().max(200, bilingual("Dòng phụ tối đa 200 ký tự", "the subtitle takes at most 200 characters")).optional(),
  })
  .strict()
  .refine(atLeastOne, bilingual("Không có gì để đổi", "nothing to change"))
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>

/** A variant's price in đồng (whole, from 1 000 ₫) and its stock (whole units). */
export const ProducerUpdateVariant = z
  .object({
    price: z
      .number(bilingual("Giá là một số", "the price is a number"))
      .int(bilingual("Giá là số đồng nguyên", "the price is whole đồng"))
      .min(1000, bilingual("Giá tối thiểu 1.000 ₫", "the price is at least 1,000 ₫"))
      .max(100_000_000, bilingual("Giá tối đa 100.000.000 ₫", "the price is at most 100,000,000 ₫"))
      .optional(),
    stock: z
      .number(bilingual("Tồn kho là một số", "the stock is a number"))
      .int(bilingual("Tồn kho là số nguyên", "the stock is a whole number"))
      .min(0, bilingual("Tồn kho không âm", "the stock cannot be negative"))
      .max(1_000_000, bilingual("Tồn kho tối đa 1.000.000", "the stock is at most 1,000,000"))
      .optional(),
  })
  .strict()
  .refine(atLeastOne, bilingual("Không có gì để đổi", "nothing to change"))
export type ProducerUpdateVariantType = z.infer<typeof ProducerUpdateVariant>
