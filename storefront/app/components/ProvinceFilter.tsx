import { useTranslation } from "react-i18next"

export type ProvinceOption = { code: string; name: string }

/**
 * "Tỉnh, thành phố: [Cả nước ▾] [Xem]": a GET form that narrows a list to one of the 34 provinces (the sales
 * points, the catalogue's province pages). Works without JavaScript; `extra` keeps the page's other filters.
 */
export function ProvinceFilter({
  action,
  provinces,
  selected,
  extra = {},
}: {
  action: string
  provinces: ProvinceOption[]
  selected?: string
  extra?: Record<string, string>
}) {
  const { t } = useTranslation()
  return (
    <form method="get" action={action} className="mt-3 flex flex-wrap items-end gap-2">
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="grid gap-1 text-sm font-semibold text-stone-800">
        {t("places.province")}
        <select
          name="province"
          defaultValue={selected ?? ""}
          className="h-11 min-w-56 rounded-lg border border-stone-300 bg-white px-3 text-base font-normal"
        >
          <option value="">{t("places.allProvinces")}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="h-11 rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900">
        {t("places.show")}
      </button>
    </form>
  )
}
