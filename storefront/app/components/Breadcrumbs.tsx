import { useTranslation } from "react-i18next"
import { LocaleLink } from "./LocaleLink"

/** Where the page sits, last item being the page itself. `to` paths are Vietnamese-site paths. */
export function Breadcrumbs({ items }: { items: { to?: string; label: string }[] }) {
  const { t } = useTranslation()
  return (
    <nav aria-label={t("nav.breadcrumb")} className="text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => (
          <li key={index} className="flex items-center gap-1">
            {index > 0 && <span aria-hidden="true">›</span>}
            {item.to ? (
              <LocaleLink to={item.to} className="underline-offset-4 hover:underline">
                {item.label}
              </LocaleLink>
            ) : (
              <span aria-current="page" className="line-clamp-1 text-stone-800">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
