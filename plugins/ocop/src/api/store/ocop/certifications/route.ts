import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ocopService, requestLocale } from "../helpers"
import { cacheLookup, toVerification } from "./shape"
import type { StoreVerifySearchParamsType } from "./validators"

/**
 * The lookup's search: `q` is a certificate number, a decision number (every certificate it granted) or a
 * product or producer name, typed with or without accents; `product` lists every certificate a product has
 * carried, newest first. Each with its state today.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreVerifySearchParamsType>, res: MedusaResponse) {
  const { q, product, limit, offset } = req.validatedQuery
  const ocop = ocopService(req)
  const locale = requestLocale(req)
  const now = new Date()
  const { rows, count } = product
    ? await ocop.listRegisterEntriesOfProduct({ product_handle: product }).then((all) => ({ rows: all.slice(offset, offset + limit), count: all.length }))
    : await ocop.searchRegister(q!, { limit, offset })
  const listed = await ocop.listedProductIds([...new Set(rows.map((row) => row.product_id))], now)
  cacheLookup(res, rows, now)
  res.json({
    certifications: rows.map((row) => toVerification(row, now, locale, listed.has(row.product_id))),
    count,
    limit,
    offset,
  })
}
