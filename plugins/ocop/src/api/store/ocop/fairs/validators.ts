import { z } from "@medusajs/framework/zod"
import { FAIR_PHASES } from "../../../../modules/fair/schedule"
import { bilingual, paging } from "../../../utils/validators"

const locale = z.enum(["vi", "en"]).optional()

/** `GET /store/ocop/fairs`: published fairs, by phase at the request's instant. */
export const StoreOcopFairsParams = z
  .object({
    when: z
      .enum(FAIR_PHASES as [string, ...string[]], bilingual("when là current, upcoming hoặc past", "when is current, upcoming or past"))
      .optional(),
    locale,
    ...paging(20),
  })
  .strict()
export type StoreOcopFairsParamsType = z.infer<typeof StoreOcopFairsParams>

export const StoreOcopFairParams = z.object({ locale }).strict()

const BoothNumber = z
  .string(bilingual("Hãy ghi số gian hàng", "name the booth"))
  .refine((v) => /^[A-Za-z0-9-]{1,10}$/.test(v), bilingual("Số gian hàng gồm 1–10 chữ, số hoặc gạch ngang (A12)", "a booth number is 1–10 letters, digits or dashes (A12)"))
const ProductHandle = z
  .string()
  .refine((v) => /^[a-z0-9-]{1,200}$/.test(v), bilingual("Mã sản phẩm không hợp lệ", "not a product handle"))

/**
 * `POST /store/ocop/fairs/:handle/scans`: a page view that came from a booth's QR code (no `product_handle`) or
 * from the code of a product at that booth.
 */
export const StoreFairScanBody = z.object({ booth: BoothNumber, product_handle: ProductHandle.optional() }).strict()
export type StoreFairScanBodyType = z.infer<typeof StoreFairScanBody>

/** `POST /store/ocop/carts/:id/fair`: the fair and booth a purchase came from. */
export const StoreCartFairBody = z
  .object({
    fair_handle: z.string(bilingual("Hãy ghi hội chợ", "name the fair")).refine((v) => /^[a-z0-9-]{1,200}$/.test(v), bilingual("Mã hội chợ không hợp lệ", "not a fair handle")),
    booth: BoothNumber,
  })
  .strict()
export type StoreCartFairBodyType = z.infer<typeof StoreCartFairBody>

/** `GET /store/ocop/fairs/:handle/catalogue.pdf` */
export const StoreFairCatalogueParams = z.object({ locale }).strict()
