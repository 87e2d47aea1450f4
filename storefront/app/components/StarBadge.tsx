import { useTranslation } from "react-i18next"
import type { Stars } from "~/lib/store-api"

/**
 * The OCOP rating as buyers see it on the label: filled stars on the programme's green. Screen readers hear
 * "4 sao OCOP" instead of four star characters. Only certified ratings (3–5) ever reach this component.
 */
export function StarBadge({ stars, size = "sm" }: { stars: Stars; size?: "sm" | "lg" }) {
  const { t } = useTranslation()
  return (
    <span
      role="img"
      aria-label={t("stars.label", { stars })}
      className={`inline-flex shrink-0 items-center gap-1 rounded-full bg-ocop-900 font-semibold text-white ${
        size === "lg" ? "px-3 py-1 text-base" : "px-2 py-0.5 text-xs"
      }`}
    >
      <span aria-hidden="true" className="tracking-tight text-star">
        {"★".repeat(stars)}
      </span>
      <span aria-hidden="true">OCOP</span>
    </span>
  )
}
