import { useFetcher } from "@remix-run/react"
import { startTransition, useEffect, useState } from "react"
import { useHydrated } from "~/lib/use-hydrated"
import { useProductTranslation } from "./strings"

export type FavouriteResult = { kept: boolean }

/**
 * "♡ Save" on a product page: keeps the product on the customer's account (a visitor is sent to log in first,
 * and back). The page itself is the same for everyone (it is cached), so whether this product is already hers
 * is asked by the browser once the page runs (`/api/yeu-thich`); without JavaScript the button always keeps it,
 * and her account's list removes it.
 */
export function FavouriteButton({ handle }: { handle: string }) {
  const { t } = useProductTranslation()
  const hydrated = useHydrated()
  const fetcher = useFetcher<FavouriteResult>()
  const [kept, setKept] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    fetch(`/api/yeu-thich?handle=${encodeURIComponent(handle)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { kept: false }))
      // A transition: the answer may come while streamed sections of the page are still hydrating (React #421).
      .then((body: FavouriteResult) => startTransition(() => setKept(body.kept)))
      .catch(() => undefined)
    return () => controller.abort()
  }, [handle])
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data) setKept(fetcher.data.kept)
  }, [fetcher.state, fetcher.data])
  // What the shopper asked for shows at once; the answer confirms it.
  const pending = fetcher.formData?.get("intent")
  const shown = pending ? pending === "favourite" : kept
  return (
    <fetcher.Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value={shown ? "unfavourite" : "favourite"} />
      {hydrated && <input type="hidden" name="via" value="fetch" />}
      <button
        type="submit"
        aria-pressed={hydrated ? shown : undefined}
        className="inline-flex h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 font-semibold text-stone-800 hover:border-label-red"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className={`h-5 w-5 ${shown ? "fill-label-red text-label-red" : "fill-none"}`} stroke="currentColor" strokeWidth="2">
          <path d="M12 21s-7.5-4.6-9.5-9.3C1.1 8.4 3.2 5 6.6 5c2 0 3.4 1.1 4.4 2.5C12 6.1 13.4 5 15.4 5c3.4 0 5.5 3.4 4.1 6.7C19.5 16.4 12 21 12 21z" />
        </svg>
        {shown ? t("product.favourited") : t("product.favourite")}
      </button>
    </fetcher.Form>
  )
}
