import { useTranslation } from "react-i18next"
import { districtOf } from "~/lib/place"

/** "huyện Cư M'gar, Đắk Lắk": the old district as certified, then today's province. */
export function usePlaceName(addressAsCertified: string, provinceCode: string): string {
  const { t } = useTranslation()
  const district = districtOf(addressAsCertified)
  const province = t(`province.${provinceCode}`, { defaultValue: "" })
  return [district && t(`district.${district.kind}`, { name: district.name }), province].filter(Boolean).join(", ")
}
