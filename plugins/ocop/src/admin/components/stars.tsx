import { StarSolid } from "@medusajs/icons"
import { clx } from "@medusajs/ui"
import { starRatings } from "../../modules/ocop/rules"

/** The star scale, lowest first. */
const SCALE = [...starRatings()].reverse()

/** Every star of the scale, the rated ones filled in the OCOP label's gold. */
export function Stars({ count, className }: { count: number; className?: string }) {
  return (
    <span className={clx("inline-flex items-center gap-x-0.5", className)} aria-label={`${count} sao`} title={`${count} sao`}>
      {SCALE.map((n) => (
        <StarSolid key={n} className={n <= count ? "text-[#E8A317]" : "text-ui-fg-disabled"} />
      ))}
    </span>
  )
}
