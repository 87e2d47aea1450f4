import { z } from "@medusajs/framework/zod"
import { PRODUCER_ENTITY_TYPE_CODES } from "../../../../modules/ocop/rules"
import {
  bilingual,
  Handle,
  Latitude,
  Longitude,
  ordering,
  paging,
  Phone,
  ProvinceCode,
  Text,
  WardCode,
} from "../../../utils/validators"

export const AdminListProducers = z
  .object({
    q: z.string().optional(),
    entity_type: z.enum(PRODUCER_ENTITY_TYPE_CODES).optional(),
    province_code: z.string().optional(),
    ...paging(),
    ...ordering(["name", "-name", "handle", "-handle", "created_at", "-created_at"], "name"),
  })
  .strict()
export type AdminListProducersType = z.infer<typeof AdminListProducers>

const Email = z.string().refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), bilingual("E-mail không hợp lệ", "not an e-mail address"))
const FoundedYear = z
  .number()
  .int()
  .refine((v) => v >= 1900 && v <= new Date().getUTCFullYear(), bilingual("Năm thành lập không hợp lệ", "founded_year is not a plausible year"))

const producerFields = {
  handle: Handle,
  name: Text,
  entity_type: z.enum(PRODUCER_ENTITY_TYPE_CODES),
  representative: Text,
  phone: Phone,
  email: Email.nullish(),
  province_code: ProvinceCode,
  ward_code: WardCode,
  address_line: Text,
  address_as_certified: Text,
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
