/**
 * Buyers' stars (1–5, halves rounded to the nearest whole star), drawn in amber to stay apart from the OCOP
 * badge's programme stars; screen readers hear the label instead of five characters.
 */
export function RatingStars({ rating, label, className = "" }: { rating: number; label: string; className?: string }) {
  const full = Math.max(0, Math.min(5, Math.round(rating)))
  return (
    <span role="img" aria-label={label} className={`inline-flex shrink-0 tracking-tight ${className}`}>
      <span aria-hidden="true" className="text-amber-600">{"★".repeat(full)}</span>
      <span aria-hidden="true" className="text-stone-300">{"★".repeat(5 - full)}</span>
    </span>
  )
}
