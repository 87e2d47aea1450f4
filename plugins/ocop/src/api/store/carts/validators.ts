import { z } from "@medusajs/framework/zod"

/*
 * Medusa's own validators take any positive number as a quantity and round it when the line is written: 1.5
 * became a line of 2 and 0.4 a line of 0. A cart line counts whole units, so these check only the quantities
 * and leave the rest of each body to Medusa's validators (passthrough).
 */

const bilingual = (vi: string, en: string) => ({ message: `${vi} / ${en}` })
export const MAX_LINE_QUANTITY = 1_000_000

const units = (min: 0 | 1) =>
  z.unknown().refine(
    (value) => typeof value === "number" && Number.isInteger(value) && value >= min && value <= MAX_LINE_QUANTITY,
    bilingual(
      `Số lượng phải là số nguyên từ ${min} đến ${MAX_LINE_QUANTITY.toLocaleString("vi-VN")}`,
      `quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`
    )
  )

export const StoreCartLineQuantity = z.object({ quantity: units(1) }).passthrough()
/** 0 is Medusa's way to remove the line through this route; anything else is whole units. */
export const StoreCartLineUpdateQuantity = z.object({ quantity: units(0) }).passthrough()
export const StoreCreateCartQuantities = z
  .object({ items: z.array(z.object({ quantity: units(1) }).passthrough()).optional() })
  .passthrough()

/**
 * The fair a purchase came from is written only by POST /store/ocop/carts/:id/fair, which checks that the fair
 * runs and has the booth: Medusa's cart routes, which take any metadata, refuse these keys.
 */
const FAIR_KEYS = ["fair_handle", "fair_booth"] as const
export const StoreCartMetadataWithoutFair = z
  .object({
    metadata: z
      .unknown()
      .refine(
        (metadata) => !metadata || typeof metadata !== "object" || FAIR_KEYS.every((key) => !(key in (metadata as object))),
        bilingual(
          "Hội chợ của giỏ hàng chỉ ghi qua POST /store/ocop/carts/:id/fair",
          "a cart's fair is written only through POST /store/ocop/carts/:id/fair"
        )
      )
      .optional(),
  })
  .passthrough()
