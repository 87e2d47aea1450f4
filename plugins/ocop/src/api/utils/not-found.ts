import { MedusaError } from "@medusajs/framework/utils"

/** The record a route was asked for does not exist: a 404 that names it, in both languages. */
export function notFound(vi: string, en: string, id: string): never {
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có ${vi} ${id} / ${en} ${id} not found`)
}
