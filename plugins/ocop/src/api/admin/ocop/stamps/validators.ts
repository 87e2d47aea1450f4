import { z } from "@medusajs/framework/zod"

/* The stamp routes of the programme (docs/decisions/029), strict like the rest of the admin API. */

const bilingual = (vi: string, en: string) => ({ message: `${vi} / ${en}` })

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const AdminStampPage = z.object(page).strict()
export type AdminStampPageType = z.infer<typeof AdminStampPage>

/** The list of stamps that may be copied: every warned code, or those of one warning. */
export const AdminListFlaggedStamps = z
  .object({ warning: z.enum(["many_checks", "far_apart", "stars_changed"]).optional(), ...page })
  .strict()
export type AdminListFlaggedStampsType = z.infer<typeof AdminListFlaggedStamps>

/** A new batch: how many labels, and a note for the office (the print run, the packing line). */
export const IssueStampBatch = z
  .object({
    quantity: z
      .number(bilingual("Số tem là một số", "the quantity is a number"))
      .int(bilingual("Số tem là số nguyên", "the quantity is a whole number"))
      .min(1, bilingual("Ít nhất 1 tem", "at least 1 stamp"))
      .max(100_000, bilingual("Tối đa 100.000 tem một lô", "at most 100,000 stamps a batch")),
    note: z.string().trim().max(200, bilingual("Ghi chú tối đa 200 ký tự", "the note takes at most 200 characters")).optional(),
  })
  .strict()
export type IssueStampBatchType = z.infer<typeof IssueStampBatch>

export const AdminCertificateQr = z.object({ format: z.enum(["svg", "png"]).default("svg") }).strict()
export type AdminCertificateQrType = z.infer<typeof AdminCertificateQr>

export const NoQuery = z.object({}).strict()
