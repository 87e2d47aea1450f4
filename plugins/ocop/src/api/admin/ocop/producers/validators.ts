import { z } from "@medusajs/framework/zod"
import { PRODUCER_ENTITY_TYPE_CODES } from "../../../../modules/ocop/rules"
import { bilingual, Latitude, Longitude, namedPlaceFields, namedPlaceListParams, Text } from "../../../utils/validators"

export const AdminListProducers = z
  .object({ ...namedPlaceListParams, entity_type: z.enum(PRODUCER_ENTITY_TYPE_CODES).optional() })
  .strict()
export type AdminListProducersType = z.infer<typeof AdminListProducers>

const Email = z.string().refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), bilingual("E-mail không hợp lệ", "not an e-mail address"))
const FoundedYear = z
  .number()
  .int()
  .refine((v) => v >= 1900 && v <= new Date().getUTCFullYear(), bilingual("Năm thành lập không hợp lệ", "founded_year is not a plausible year"))

const producerFields = {
  ...namedPlaceFields,
  entity_type: z.enum(PRODUCER_ENTITY_TYPE_CODES),
  representative: Text,
  email: Email.nullish(),
  address_line: Text,
  // A household's farm may have no coordinates on record.
  latitude: Latitude.nullish(),
  longitude: Longitude.nullish(),
  story_vi: z.string().optional(),
  story_en: z.string().nullish(),
  founded_year: FoundedYear.nullish(),
}
export const AdminCreateProducer = z.object(producerFields).strict()
export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>
export const AdminUpdateProducer = z.object(producerFields).partial().strict()
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>
