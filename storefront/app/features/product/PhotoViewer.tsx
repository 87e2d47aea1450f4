import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from "react"
import { useProductTranslation } from "~/features/product/strings"

type Picture = { id: string; url: string }
type View = { scale: number; x: number; y: number }

const MIN_SCALE = 1
const MAX_SCALE = 4
/** What a double tap zooms to: close enough to read a label's small print. */
const TAP_SCALE = 2.5
const DOUBLE_TAP_MS = 300
/** A horizontal drag this long at normal size goes to the next or previous photo. */
const SWIPE_PX = 50
const FIT: View = { scale: 1, x: 0, y: 0 }

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * The full-screen photo viewer: the browser's own modal `<dialog>` (everything behind it is inert, so focus stays
 * inside, and Escape closes it), one photo at a time with pinch, double-tap, wheel and button zoom, a drag to
 * move a zoomed photo, a swipe or the arrow keys for the next one. Written here rather than taken from a
 * library: the few gestures a product photo needs cost ~2 KB, where the viewers that do them all cost
 * 10–25 KB on a page that is near its first-visit budget (README, "Libraries").
 */
export function PhotoViewer({ title, pictures, start, onClose }: { title: string; pictures: Picture[]; start: number; onClose: (last: number) => void }) {
  const { t } = useProductTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const [index, setIndex] = useState(start)
  const [view, setView] = useState<View>(FIT)
  const pointers = useRef(new Map<number, { x: number; y: number }>())
  const gesture = useRef<{ distance: number; scale: number; from: { x: number; y: number }; view: View } | null>(null)
  const lastTap = useRef(0)
  const closeButton = useRef<HTMLButtonElement>(null)
  // Read by the dialog's listener, which is attached once: the latest photo and the latest callback.
  const latest = useRef({ index, onClose })
  latest.current = { index, onClose }

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    element.showModal()
    closeButton.current?.focus()
    // Escape (the dialog's `cancel`) and the close button end the same way: the gallery shows the photo last seen.
    const onCancel = (event: Event) => {
      event.preventDefault()
      latest.current.onClose(latest.current.index)
    }
    element.addEventListener("cancel", onCancel)
    return () => {
      element.removeEventListener("cancel", onCancel)
      if (element.open) element.close()
    }
  }, [])

  const go = (step: number) => {
    setIndex((current) => (current + step + pictures.length) % pictures.length)
    setView(FIT)
  }

  /** Zooms to `scale` keeping the point (`at`, relative to the photo's centre) where it is on screen. */
  const zoomTo = (scale: number, at = { x: 0, y: 0 }) =>
    setView((current) => {
      const next = clamp(scale, MIN_SCALE, MAX_SCALE)
      if (next === 1) return FIT
      const ratio = next / current.scale
      return { scale: next, x: at.x - (at.x - current.x) * ratio, y: at.y - (at.y - current.y) * ratio }
    })

  const fromCentre = (event: { clientX: number; clientY: number }, element: HTMLElement) => {
    const box = element.getBoundingClientRect()
    return { x: event.clientX - (box.left + box.width / 2), y: event.clientY - (box.top + box.height / 2) }
  }

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY })
    const points = [...pointers.current.values()]
    gesture.current = {
      distance: points.length === 2 ? Math.hypot(points[0]!.x - points[1]!.x, points[0]!.y - points[1]!.y) : 0,
      scale: view.scale,
      from: { x: event.clientX, y: event.clientY },
      view,
    }
  }

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!pointers.current.has(event.pointerId) || !gesture.current) return
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY })
    const points = [...pointers.current.values()]
    const start = gesture.current
    if (points.length === 2 && start.distance) {
      const distance = Math.hypot(points[0]!.x - points[1]!.x, points[0]!.y - points[1]!.y)
      const middle = { clientX: (points[0]!.x + points[1]!.x) / 2, clientY: (points[0]!.y + points[1]!.y) / 2 }
      zoomTo(start.scale * (distance / start.distance), fromCentre(middle, event.currentTarget))
    } else if (points.length === 1 && view.scale > 1) {
      setView({ ...start.view, x: start.view.x + event.clientX - start.from.x, y: start.view.y + event.clientY - start.from.y })
    }
  }

  const onPointerUp = (event: ReactPointerEvent<HTMLDivElement>) => {
    const start = gesture.current
    const wasPinch = pointers.current.size > 1
    pointers.current.delete(event.pointerId)
    if (pointers.current.size) return
    gesture.current = null
    if (!start || wasPinch) return
    const moved = { x: event.clientX - start.from.x, y: event.clientY - start.from.y }
    if (start.view.scale === 1 && Math.abs(moved.x) > SWIPE_PX && Math.abs(moved.x) > Math.abs(moved.y)) {
      if (pictures.length > 1) go(moved.x < 0 ? 1 : -1)
      return
    }
    if (Math.hypot(moved.x, moved.y) > 10) return
    // A double tap (or double click) zooms in where it was tapped, or back out.
    const now = event.timeStamp
    if (now - lastTap.current < DOUBLE_TAP_MS) {
      lastTap.current = 0
      if (view.scale > 1) setView(FIT)
      else zoomTo(TAP_SCALE, fromCentre(event, event.currentTarget))
    } else {
      lastTap.current = now
    }
  }

  const picture = pictures[index]!
  const many = pictures.length > 1
  const button = "flex h-11 min-w-11 items-center justify-center rounded-full bg-white/90 px-3 text-xl font-bold text-stone-900 shadow disabled:opacity-40"
  return (
    <dialog
      ref={dialog}
      aria-label={t("product.viewerLabel", { title })}
      className="m-0 h-dvh max-h-none w-screen max-w-none bg-stone-950 p-0 text-white backdrop:bg-stone-950"
      onKeyDown={(event) => {
        if (event.key === "ArrowRight" && many) go(1)
        else if (event.key === "ArrowLeft" && many) go(-1)
        else if (event.key === "+" || event.key === "=") zoomTo(view.scale * 1.5)
        else if (event.key === "-") zoomTo(view.scale / 1.5)
      }}
    >
      <div
        className="absolute inset-0 flex touch-none select-none items-center justify-center overflow-hidden"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={(event) => zoomTo(view.scale * (event.deltaY < 0 ? 1.2 : 1 / 1.2), fromCentre(event, event.currentTarget))}
      >
        <img
          key={picture.id}
          src={picture.url}
          alt={t("product.imageAlt", { title, number: index + 1 })}
          draggable={false}
          className="max-h-full max-w-full object-contain"
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`, transition: gesture.current ? "none" : "transform 150ms ease-out" }}
        />
      </div>
      <p aria-live="polite" className="absolute left-3 top-3 rounded-full bg-stone-900/70 px-3 py-1 text-sm font-semibold">
        {t("product.slideOf", { number: index + 1, count: pictures.length })}
      </p>
      <div className="absolute right-3 top-3 flex gap-2">
        <button type="button" className={button} aria-label={t("product.zoomOut")} onClick={() => zoomTo(view.scale / 1.5)} disabled={view.scale <= MIN_SCALE}>
          −
        </button>
        <button type="button" className={button} aria-label={t("product.zoomIn")} onClick={() => zoomTo(view.scale * 1.5)} disabled={view.scale >= MAX_SCALE}>
          +
        </button>
        <button ref={closeButton} type="button" className={button} aria-label={t("product.closeViewer")} onClick={() => onClose(index)}>
          ✕
        </button>
      </div>
      {many && (
        <div className="absolute inset-x-3 bottom-4 flex justify-between">
          <button type="button" className={button} aria-label={t("product.previousImage")} onClick={() => go(-1)}>
            ‹
          </button>
          <button type="button" className={button} aria-label={t("product.nextImage")} onClick={() => go(1)}>
            ›
          </button>
        </div>
      )}
    </dialog>
  )
}
