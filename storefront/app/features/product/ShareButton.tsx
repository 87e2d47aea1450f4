import { useState } from "react"
import { useHydrated } from "~/lib/use-hydrated"
import { useProductTranslation } from "./strings"

/**
 * "Share": the phone's own share sheet (Zalo, Messenger, …) through the Web Share API, or the link copied where
 * there is none. It needs JavaScript, so it is drawn only once the page runs; the link the shopper shares opens
 * with the product's picture as its preview (the page's Open Graph image).
 */
export function ShareButton({ title, text }: { title: string; text: string }) {
  const { t } = useProductTranslation()
  const hydrated = useHydrated()
  const [status, setStatus] = useState<"copied" | "failed" | null>(null)
  if (!hydrated) return null
  const share = async () => {
    const url = window.location.href.split("#")[0]!
    if (navigator.share) {
      // A shopper closing the sheet is not an error worth a message.
      await navigator.share({ title, text, url }).catch(() => undefined)
      return
    }
    try {
      await navigator.clipboard.writeText(url)
      setStatus("copied")
    } catch {
      setStatus("failed")
    }
  }
  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        onClick={share}
        className="inline-flex h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 font-semibold text-stone-800 hover:border-ocop-700"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="18" cy="5" r="3" />
          <circle cx="6" cy="12" r="3" />
          <circle cx="18" cy="19" r="3" />
          <path d="M8.6 13.5l6.8 4M15.4 6.5l-6.8 4" />
        </svg>
        {t("product.share")}
      </button>
      <p role="status" className="text-sm text-stone-700">
        {status === "copied" ? t("product.linkCopied") : status === "failed" ? t("product.copyFailed") : ""}
      </p>
    </div>
  )
}
