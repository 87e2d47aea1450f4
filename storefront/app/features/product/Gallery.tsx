import { useCallback, useEffect, useRef, useState } from "react"
import { ProductImage } from "~/components/ProductImage"
import { useProductTranslation } from "~/features/product/strings"
import { PhotoViewer } from "./PhotoViewer"

type Picture = { id: string; url: string }

/**
 * The product's photos as a strip that snaps one photo at a time (CSS scroll-snap: a phone swipes it natively,
 * with or without JavaScript), a counter, thumbnails that bring a photo into view, and a tap that opens the
 * full-screen zoomable viewer. Without JavaScript the thumbnails are anchors into the strip and a tap opens the
 * photo itself. The first photo is the page's largest paint, so it alone is not lazy.
 *
 * All of the gallery's state lives here: the product page's own component never re-renders for it, so the
 * page's streamed sections (`<Await>`) are left alone while they hydrate (React error #421 came from a route
 * component re-rendering then).
 */
export function Gallery({ title, images, fallback }: { title: string; images: Picture[]; fallback: string | null }) {
  const { t } = useProductTranslation()
  const pictures = images.length ? images : fallback ? [{ id: "thumbnail", url: fallback }] : []
  const [active, setActive] = useState(0)
  const [viewing, setViewing] = useState<number | null>(null)
  const strip = useRef<HTMLUListElement>(null)
  /** The photo the viewer showed last, while it closes. */
  const lastViewed = useRef<number | null>(null)

  // The photo in view is the one the strip has scrolled to, however it got there (a swipe, a thumbnail, a key).
  const followScroll = useCallback(() => {
    const element = strip.current
    if (!element || !element.clientWidth) return
    setActive(Math.min(pictures.length - 1, Math.max(0, Math.round(element.scrollLeft / element.clientWidth))))
  }, [pictures.length])

  const bringIntoView = (index: number, smooth = true) => {
    const element = strip.current
    if (!element) return
    element.scrollTo({ left: index * element.clientWidth, behavior: smooth ? "smooth" : "auto" })
    setActive(index)
  }

  const closeViewer = (last: number) => {
    lastViewed.current = last
    setViewing(null)
  }

  // Back from the viewer: the strip shows the photo last viewed, and focus goes to that photo's link. Only once the
  // viewer is gone: while its modal dialog is open the page behind cannot take focus, and closing it hands focus
  // back to whatever had it before (nothing, after a tap).
  useEffect(() => {
    if (viewing !== null || lastViewed.current === null) return
    const last = lastViewed.current
    lastViewed.current = null
    bringIntoView(last, false)
    strip.current?.querySelectorAll<HTMLAnchorElement>("a")[last]?.focus({ preventScroll: true })
  }, [viewing])

  useEffect(() => {
    // A rotated phone changes the strip's width: keep the same photo in view.
    const onResize = () => bringIntoView(active, false)
    window.addEventListener("resize", onResize)
    return () => window.removeEventListener("resize", onResize)
  })

  if (!pictures.length) return <ProductImage src={null} size={640} className="rounded-xl border border-stone-200" />
  const many = pictures.length > 1
  return (
    <section aria-label={t("product.gallery")} aria-roledescription={t("product.galleryRole")}>
      <div className="relative">
        <ul
          ref={strip}
          onScroll={followScroll}
          className="flex snap-x snap-mandatory overflow-x-auto overscroll-x-contain rounded-xl border border-stone-200 [scrollbar-width:none] [&::-webkit-scrollbar]:hidden"
        >
          {pictures.map((picture, index) => (
            <li
              key={picture.id}
              id={`anh-${index + 1}`}
              className="w-full shrink-0 snap-center snap-always"
              aria-roledescription={t("product.slideRole")}
              aria-label={t("product.slideOf", { number: index + 1, count: pictures.length })}
            >
              <a
                href={picture.url}
                aria-label={t("product.zoomImage", { number: index + 1 })}
                onClick={(event) => {
                  event.preventDefault()
                  setViewing(index)
                }}
                className="block cursor-zoom-in"
              >
                <ProductImage src={picture.url} size={640} eager={index === 0} alt={t("product.imageAlt", { title, number: index + 1 })} />
              </a>
            </li>
          ))}
        </ul>
        {many && (
          <p aria-hidden="true" className="pointer-events-none absolute bottom-2 right-2 rounded-full bg-stone-900/70 px-2.5 py-0.5 text-sm font-semibold text-white">
            {active + 1}/{pictures.length}
          </p>
        )}
      </div>
      {many && (
        <ul className="mt-2 flex gap-2 overflow-x-auto pb-1">
          {pictures.map((picture, index) => (
            <li key={picture.id} className="w-16 shrink-0 sm:w-20">
              <a
                href={`#anh-${index + 1}`}
                aria-label={t("product.showImage", { number: index + 1 })}
                aria-current={index === active ? "true" : undefined}
                onClick={(event) => {
                  event.preventDefault()
                  bringIntoView(index)
                }}
                className={`block overflow-hidden rounded-lg border-2 ${index === active ? "border-ocop-800" : "border-transparent"}`}
              >
                <ProductImage src={picture.url} size={80} />
              </a>
            </li>
          ))}
        </ul>
      )}
      {viewing !== null && <PhotoViewer title={title} pictures={pictures} start={viewing} onClose={closeViewer} />}
    </section>
  )
}
