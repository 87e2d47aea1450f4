import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CURRENT_CRITERIA_VERSION, groupsFor } from "../../../../modules/ocop/rules"
import { inLocale, ocopService, requestLocale, sendCached } from "../helpers"
import type { StoreOcopShortListParamsType } from "../validators"

/**
 * The product groups of the current criteria version with how many showable products each holds. A certificate
 * under an older version counts under the group of the same code; groups the current list dropped are not shown.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopShortListParamsType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const groups = groupsFor(CURRENT_CRITERIA_VERSION)
  const counts = await ocopService(req).countCatalogueByGroup(new Date())
  const locale = requestLocale(req)
  const count = (group: string, subGroup?: string) =>
    counts
      .filter((row) => row.group_code === group && (subGroup === undefined || row.sub_group_code === subGroup))
      .reduce((sum, row) => sum + row.count, 0)
  sendCached(res, {
    groups: groups.slice(offset, offset + limit).map((group) => ({
      code: group.code,
      name: inLocale(locale, group.name_vi, group.name_en),
      count: count(group.code),
      sub_groups: group.sub_groups.map((sub) => ({
        code: sub.code,
        name: inLocale(locale, sub.name_vi, sub.name_en),
        count: count(group.code, sub.code),
      })),
    })),
    count: groups.length,
    limit,
    offset,
  })
}
