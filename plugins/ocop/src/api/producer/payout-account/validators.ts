import { z } from "@medusajs/framework/zod"
import { PAYOUT_BANK_BINS } from "../../../payments/banks"
import { bilingual } from "../../utils/validators"

/**
 * The account the producer is paid into. The name is kept as banks print it (capitals, no accents: what the
 * payer's app shows after a scan, so the admin can check it is the producer's), the number as digits.
 */
export const ProducerSetPayoutAccount = z
  .object({
    bank_bin: z.enum(PAYOUT_BANK_BINS, bilingual("Hãy chọn ngân hàng trong danh sách", "choose a bank from the list")),
    account_number: z
      .string(bilingual("Hãy nhập số tài khoản", "enter the account number"))
      .transform((value) => value.replace(/[\s.-]/g, ""))
      .refine((value) => /^\d{6,19}$/.test(value), bilingual("Số tài khoản gồm 6 đến 19 chữ số", "the account number has 6 to 19 digits")),
    account_name: z
      .string(bilingual("Hãy nhập tên chủ tài khoản", "enter the account holder's name"))
      .transform((value) =>
        value
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/[đĐ]/g, "D")
          .replace(/\s+/g, " ")
          .trim()
          .toUpperCase()
      )
      .refine((value) => /^[A-Z0-9 .,&()-]{2,70}$/.test(value), bilingual("Tên chủ tài khoản từ 2 đến 70 chữ cái, như in trên thẻ ngân hàng", "the holder's name has 2 to 70 letters, as the bank prints it")),
  })
  .strict()
export type ProducerSetPayoutAccountType = z.infer<typeof ProducerSetPayoutAccount>
