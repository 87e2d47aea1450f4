import { useActionData, useFetcher } from "@remix-run/react"
import { useState } from "react"
import { useVnd } from "~/components/Price"
import { useProductTranslation } from "~/features/product/strings"
import { ADD_TO_CART_FETCHER, MAX_QUANTITY } from "~/lib/cart"
import type { Variant } from "~/lib/store-api"
import { useHydrated } from "~/lib/use-hydrated"

export type AddToCartResult = { ok: true } | { ok: false; error: string; available?: number }

/**
 * Variants as radio buttons and a quantity, posted to this page's action, which puts them in the shopper's
 * Medusa cart. Works without JavaScript (the page reloads with the message); with it, a fetcher posts it and
 * the header's count goes up at once, before the answer, and the header's cart drawer opens once the product is in.
 */
export function AddToCart({ variants }: { variants: Variant[] }) {
  const { t } = useProductTranslation()
  const vnd = useVnd()
  const fetcher = useFetcher<AddToCartResult>({ key: ADD_TO_CART_FETCHER })
  const hydrated = useHydrated()
  const posted = useActionData<AddToCartResult>()
  const result = fetcher.state === "idle" ? (fetcher.data ?? posted) : undefined
  const adding = fetcher.state !== "idle"
  const firstInStock = variants.find((variant) => variant.in_stock) ?? variants[0]
  const [selected, setSelected] = useState(firstInStock?.id)
  const current = variants.find((variant) => variant.id === selected) ?? firstInStock
  // "Only 40 left": the quantity comes down to what can still be added (with or without JavaScript).
  const cap = result?.ok === false && result.error === "stock" ? result.available : undefined
  const [quantity, setQuantity] = useState(String(cap || 1))
  const [cappedAt, setCappedAt] = useState<number | undefined>(undefined)
  if (cap !== undefined && cap !== cappedAt) {
    setCappedAt(cap)
    if (cap > 0) setQuantity(String(cap))
  }
  if (!current) return null
  const most = Math.min(MAX_QUANTITY, current.available ?? MAX_QUANTITY)
  return (
    <fetcher.Form method="post" preventScrollReset className="space-y-4">
      <input type="hidden" name="intent" value="add" />
      {hydrated && <input type="hidden" name="via" value="fetch" />}
      <p className="text-3xl font-bold text-ocop-800" aria-live="polite">
        {vnd(current.price.amount)}
      </p>
      {current.in_stock && current.available !== null && (
        <p className="-mt-3 text-sm font-semibold text-stone-700" data-testid="stock-left">
          {t("product.left", { count: current.available })}
        </p>
      )}
      {variants.length > 1 && (
        <fieldset>
          <legend className="text-sm font-semibold text-stone-700">{t("product.variants")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {variants.map((variant) => (
              <label
                key={variant.id}
                className="flex min-h-11 cursor-pointer items-center justify-between gap-2 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm has-[:checked]:border-ocop-800 has-[:checked]:ring-1 has-[:checked]:ring-ocop-800 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60"
              >
                <span className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="variant_id"
                    value={variant.id}
                    checked={variant.id === current.id}
                    disabled={!variant.in_stock}
                    onChange={() => setSelected(variant.id)}
                    className="accent-ocop-800"
                  />
                  <span>{variant.title}</span>
                </span>
                <span className="font-semibold">
                  {variant.in_stock ? vnd(variant.price.amount) : t("product.outOfStock")}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {variants.length === 1 && <input type="hidden" name="variant_id" value={current.id} />}
      <div className="flex items-end gap-3">
        <div>
          <label htmlFor="quantity" className="block text-sm font-semibold text-stone-700">
            {t("product.quantity")}
          </label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={most}
            value={quantity}
            onChange={(event) => setQuantity(event.currentTarget.value)}
            className="mt-1 h-12 w-20 rounded-lg border border-stone-300 px-3 text-center"
          />
        </div>
        <button
          type="submit"
          disabled={!current.in_stock || adding}
          className="h-12 flex-1 rounded-lg bg-label-red px-6 text-base font-bold text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:bg-stone-400"
        >
          {!current.in_stock ? t("product.outOfStock") : adding ? t("product.adding") : t("product.addToCart")}
        </button>
      </div>
      <p role="status" className="min-h-5 text-sm font-semibold">
        {result?.ok === true && <span className="text-ocop-800">✓ {t("product.added")}</span>}
        {result?.ok === false && (
          <span className="text-label-red">
            {cap === undefined ? t("product.addFailed") : cap > 0 ? t("product.onlyLeft", { count: cap }) : t("product.noneLeft")}
          </span>
        )}
      </p>
    </fetcher.Form>
  )
}
