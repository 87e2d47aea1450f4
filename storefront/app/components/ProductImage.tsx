import type { ImgHTMLAttributes } from "react"

/**
 * A product picture with fixed dimensions (no layout shift), lazy unless it is likely the largest thing on the
 * first screen. Without a picture: a plain tile, not a broken image.
 */
export function ProductImage({
  src,
  size,
  eager = false,
  alt = "",
  className = "",
}: {
  src: string | null
  size: number
  eager?: boolean
  alt?: string
  className?: string
}) {
  if (!src) {
    return (
      <div
        aria-hidden="true"
        className={`flex aspect-square items-center justify-center bg-ocop-50 text-4xl text-ocop-700 ${className}`}
      >
        ★
      </div>
    )
  }
  // React 18 passes the lowercase attribute through untouched (it does not know `fetchPriority` yet).
  const loading = (
    eager ? { loading: "eager", fetchpriority: "high" } : { loading: "lazy" }
  ) as ImgHTMLAttributes<HTMLImageElement>
  return (
    <img
      src={src}
      alt={alt}
      width={size}
      height={size}
      decoding="async"
      {...loading}
      className={`aspect-square w-full bg-ocop-50 object-cover ${className}`}
    />
  )
}
