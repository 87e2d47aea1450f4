import { MedusaError } from "@medusajs/framework/utils"
import { findProvince, findWard } from "../../modules/ocop/places"

type Placed = { province_code?: string | null; ward_code?: string | null }

/**
 * A producer or sales point stands in a real place: a province of the 2025 map and a ward of that province.
 * Checked in the workflow steps, so the admin routes, the seed and the register import meet the same rule;
 * an update is checked as it will be stored (`before` merged with the change).
 */
export function refuseUnknownPlace(entity: "producer" | "sales_point", place: Placed, before: Placed = {}) {
  if (place.province_code === undefined && place.ward_code === undefined) return
  const province = place.province_code ?? before.province_code
  const ward = place.ward_code ?? before.ward_code
  const [vi, en] = entity === "producer" ? ["chủ thể", "producer"] : ["điểm bán", "sales point"]
  if (!findProvince(province)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Mã tỉnh "${province}" của ${vi} không có trong 34 tỉnh, thành phố từ 1/7/2025 / the ${en}'s province_code "${province}" is not one of the 34 province codes since July 2025`
    )
  }
  if (!findWard(province, ward)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Không có xã, phường mã "${ward}" trong tỉnh, thành phố mã ${province} / the ${en}'s ward_code "${ward}" is not a commune or ward of province ${province}`
    )
  }
}
