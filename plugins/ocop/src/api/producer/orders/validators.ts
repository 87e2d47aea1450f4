import { z } from "@medusajs/framework/zod"
import { bilingual } from "../../utils/validators"

/*
 * Bodies of the fulfilment steps on `/producer/orders/:id/*`, strict like the rest of `/producer/*`: an unknown
 * field is a 400. Messages are bilingual, as the portal shows them.
 */

/** Packed, ready for pickup, delivered: the step is the route; nothing else to say. */
export const ProducerParcelStep = z.object({}).strict()
export type ProducerParcelStepType = z.infer<typeof ProducerParcelStep>

/** Shipped: which carrier took the parcel and its tracking number (letters and digits, as carriers print them). */
export const ProducerShipParcel = z
  .object({
    carrier: z
      .string(bilingual("Hãy nhập đơn vị vận chuyển", "enter the carrier"))
      .trim()
      .min(2, bilingual("Hãy nhập đơn vị vận chuyển", "enter the carrier"))
      .max(60, bilingual("Tên đơn vị vận chuyển tối đa 60 ký tự", "the carrier takes at most 60 characters")),
    tracking_number: z
      .string(bilingual("Hãy nhập mã vận đơn", "enter the tracking number"))
      .trim()
      .min(4, bilingual("Mã vận đơn có từ 4 đến 40 chữ và số", "the tracking number has 4 to 40 letters and digits"))
      .max(40, bilingual("Mã vận đơn có từ 4 đến 40 chữ và số", "the tracking number has 4 to 40 letters and digits"))
      .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, bilingual("Mã vận đơn chỉ gồm chữ, số, dấu chấm và gạch ngang", "the tracking number holds letters, digits, dots and hyphens only"))
      .transform((value) => value.toUpperCase()),
  })
  .strict()
export type ProducerShipParcelType = z.infer<typeof ProducerShipParcel>

/** Cancelled: the reason the shopper is told. */
export const ProducerCancelParcel = z
  .object({
    reason: z
      .string(bilingual("Hãy nêu lý do huỷ", "give the reason for cancelling"))
      .trim()
      .min(3, bilingual("Hãy nêu lý do huỷ", "give the reason for cancelling"))
      .max(500, bilingual("Lý do tối đa 500 ký tự", "the reason takes at most 500 characters")),
  })
  .strict()
export type ProducerCancelParcelType = z.infer<typeof ProducerCancelParcel>
