import { StarSolid } from "@medusajs/icons"
import { clx } from "@medusajs/ui"

/** Five stars, the rated ones filled in the OCOP label's gold. */
export function Stars({ count, className }: { count: number; className?: string }) {
  return (
    <span className={clx("inline-flex items-center gap-x-0.5", className)} aria-label={`${count} sao`} title={`${count} sao`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <StarSolid key={n} className={n <= count ? "text-[#E8A317]" : "text-ui-fg-disabled"} />
      ))}
    </span>
  )
}
