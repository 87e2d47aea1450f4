/**
 * The promo-code box: the codes on the cart, each with a button that takes it off, and a field to add one. Real
 * forms posted to the page's action (the cart page's, or the checkout's on its review step), so it works
 * without JavaScript; with it, a fetcher posts them in place and the page's totals reload without a new page.
 * The code is checked on the server (promo.ts): the field only keeps its length in bounds.
 */
import { useFetcher } from "@remix-run/react"
import { useVnd } from "~/components/Price"
import type { Discount } from "~/lib/discounts"
import type { PromoActionResult } from "./promo"
import { useCartTranslation } from "./strings"

/** One fetcher for the box wherever it is, so its answer survives the page's reload after a change. */
const PROMO_FETCHER = "promo-code"

export function PromoCodeBox({
  discounts,
  action,
  posted,
}: {
  discounts: Discount[]
  /** Where the forms post: the page's own action when not given. */
  action?: string
  /** The action's answer to a post made without JavaScript (the page's action data). */
  posted?: PromoActionResult["promo"]
}) {
  const { t } = useCartTranslation()
  const vnd = useVnd()
  const fetcher = useFetcher<PromoActionResult>({ key: PROMO_FETCHER })
  const result = fetcher.state === "idle" ? (fetcher.data?.promo ?? posted) : undefined
  const busy = fetcher.state !== "idle"
  const applying = busy && fetcher.formData?.get("intent") === "promo-apply"
  const codes = discounts.filter((d) => d.code)
  return (
    <div className="space-y-2" data-testid="promo-code">
      {codes.length > 0 && (
        <ul className="space-y-2">
          {codes.map((discount) => (
            <li key={discount.code} className="flex items-center justify-between gap-2 rounded-lg bg-ocop-50 px-3 py-2 text-sm">
              {/* On a phone in English the amount goes under the code rather than under the button. */}
              <span className="min-w-0 flex-1">
                <span className="mr-2 font-bold tracking-wide text-ocop-900">{discount.code}</span>
                {discount.amount > 0 && <span className="inline-block whitespace-nowrap text-ocop-800">−{vnd(discount.amount)}</span>}
              </span>
              <fetcher.Form method="post" action={action} preventScrollReset className="shrink-0">
                <input type="hidden" name="intent" value="promo-remove" />
                <input type="hidden" name="code" value={discount.code} />
                <button
                  type="submit"
                  aria-label={t("cart.promo.removeLabel", { code: discount.code })}
                  className="h-10 whitespace-nowrap rounded-lg px-3 font-semibold text-label-red underline underline-offset-4 hover:bg-red-50"
                >
                  {t("cart.promo.remove")}
                </button>
              </fetcher.Form>
            </li>
          ))}
        </ul>
      )}
      {/* A new key after each code taken clears the field; a refused code stays there to be corrected. */}
      <fetcher.Form
        key={result?.ok && result.intent === "promo-apply" ? `applied-${result.code}` : "promo-form"}
        method="post"
        action={action}
        preventScrollReset
        className="space-y-1"
      >
        <input type="hidden" name="intent" value="promo-apply" />
        <label htmlFor="promo-code-input" className="block text-sm font-semibold text-stone-800">
          {t("cart.promo.label")}
        </label>
        <div className="flex gap-2">
          <input
            id="promo-code-input"
            name="code"
            type="text"
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder={t("cart.promo.placeholder")}
            defaultValue={result && !result.ok && result.intent === "promo-apply" ? (result.code ?? "") : ""}
            aria-invalid={result && !result.ok ? true : undefined}
            aria-describedby={result ? "promo-code-message" : undefined}
            className="h-11 min-w-0 flex-1 rounded-lg border border-stone-300 px-3 uppercase placeholder:normal-case"
          />
          <button
            type="submit"
            disabled={busy}
            className="h-11 shrink-0 rounded-lg bg-ocop-800 px-4 font-semibold text-white hover:bg-ocop-900 disabled:opacity-60"
          >
            {applying ? t("cart.promo.applying") : t("cart.promo.apply")}
          </button>
        </div>
      </fetcher.Form>
      {result && (
        <p
          id="promo-code-message"
          role={result.ok ? "status" : "alert"}
          className={`text-sm font-semibold ${result.ok ? "text-ocop-800" : "text-label-red"}`}
        >
          {result.ok
            ? t(result.intent === "promo-apply" ? "cart.promo.applied" : "cart.promo.removed", { code: result.code })
            : t(`cart.promo.errors.${result.error}`, { code: result.code ?? "" })}
        </p>
      )}
    </div>
  )
}
