/**
 * The district-level units of Đắk Lắk before 1 July 2025 (old Đắk Lắk's city, town and 13 districts, and old
 * Phú Yên's 9, merged into the province that day), as certificates printed before the reform name them
 * ("huyện Krông Năng"). Districts no longer exist in law, but officers and buyers still place a product by
 * them, so the programme's figures count by them and the register's files may name one instead of a ward.
 *
 * `seat_ward_code` is the ward or commune of the 2025 map that took in the district's seat (or bears its name):
 * where a register row names only the old district, its producer is placed there, and the import preview says
 * so. Read from the merger lists like the seed's ward codes (seed/data/README.md): check against the official
 * list before relying on one.
 */
import { foldVietnamese } from "../utils/fold"

export type OldDistrict = {
  /** A stable key for filters and files: the folded name with dashes ("krong-nang"). */
  code: string
  kind: "thành phố" | "thị xã" | "huyện"
  name: string
  /** Which province it belonged to before the merger. */
  former_province: "Đắk Lắk" | "Phú Yên"
  province_code: string
  seat_ward_code: string
}

const district = (kind: OldDistrict["kind"], name: string, seat_ward_code: string, former_province: OldDistrict["former_province"] = "Đắk Lắk"): OldDistrict => ({
  code: foldVietnamese(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
  kind,
  name,
  former_province,
  province_code: "66",
  seat_ward_code,
})

export const OLD_DISTRICTS: readonly OldDistrict[] = [
  district("thành phố", "Buôn Ma Thuột", "24133"),
  district("thị xã", "Buôn Hồ", "24305"),
  district("huyện", "Buôn Đôn", "24235"),
  district("huyện", "Cư Kuin", "24561"),
  district("huyện", "Cư M'gar", "24259"),
  district("huyện", "Ea H'leo", "24181"),
  district("huyện", "Ea Kar", "24373"),
  district("huyện", "Ea Súp", "24211"),
  district("huyện", "Krông Ana", "24538"),
  district("huyện", "Krông Bông", "24448"),
  district("huyện", "Krông Búk", "24310"),
  district("huyện", "Krông Năng", "24343"),
  district("huyện", "Krông Pắc", "24490"),
  district("huyện", "Lắk", "24580"),
  district("huyện", "M'Đrắk", "24412"),
  district("thành phố", "Tuy Hòa", "22015", "Phú Yên"),
  district("thị xã", "Sông Cầu", "22051", "Phú Yên"),
  district("thị xã", "Đông Hòa", "22258", "Phú Yên"),
  district("huyện", "Đồng Xuân", "22081", "Phú Yên"),
  district("huyện", "Phú Hòa", "22319", "Phú Yên"),
  district("huyện", "Sơn Hòa", "22165", "Phú Yên"),
  district("huyện", "Sông Hinh", "22207", "Phú Yên"),
  district("huyện", "Tây Hòa", "22255", "Phú Yên"),
  district("huyện", "Tuy An", "22114", "Phú Yên"),
]

/** "Hoà" and "Hòa" are one name written with the mark on another letter; apostrophes vary too (M'Đrắk, M’Đrắk). */
const key = (text: string) => foldVietnamese(text).replace(/[’'`]/g, "'")

const byKey = new Map(OLD_DISTRICTS.map((d) => [key(d.name), d]))
const byCode = new Map(OLD_DISTRICTS.map((d) => [d.code, d]))

export function findOldDistrict(codeOrName: string | null | undefined): OldDistrict | undefined {
  if (!codeOrName) return undefined
  const text = codeOrName.trim()
  return byCode.get(text) ?? byKey.get(key(text).replace(/^(thanh pho|thi xa|huyen)\s+/, ""))
}

/**
 * The old district an address as certified names ("Thôn 2, xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk" → Cư
 * M'gar), or undefined when it names none of the province's.
 */
export function oldDistrictOf(address: string | null | undefined): OldDistrict | undefined {
  if (!address) return undefined
  for (const part of address.split(",").map((p) => key(p))) {
    const match = /^(thanh pho|thi xa|huyen)\s+(.+)$/.exec(part)
    const found = match && byKey.get(match[2]!.trim())
    if (found) return found
  }
  return undefined
}
