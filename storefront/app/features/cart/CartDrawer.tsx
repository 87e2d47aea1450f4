/**
 * The cart beside the page: opened from the header (or by the product page once its product is in the cart),
 * it reads the cart page's loader (its CartView), so the lines, the certificate check and "can check out" are
 * the cart page's own, and its buttons post to the cart page's action. A modal `<dialog>`: the browser keeps
 * focus inside, closes it on Escape and gives focus back to the cart button.
 */
import { useFetcher } from "@remix-run/react"
import { useEffect, useLayoutEffect, useRef } from "react"
import { LocaleLink } from "~/components/LocaleLink"
import { useVnd } from "~/components/Price"
import { useLocalizePath } from "~/i18n/use-locale"
import { CartLineRow, EmptyCart, useCartLines } from "./CartLines"
import { DiscountRows } from "./DiscountRows"
import type { CartView } from "./cart.server"
import { useCartTranslation } from "./strings"

export default function CartDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useCartTranslation()
  const vnd = useVnd()
  const localize = useLocalizePath()
  const cartPath = localize("/gio-hang")
  const dialog = useRef<HTMLDialogElement>(null)
  const fetcher = useFetcher<CartView>({ key: "cart-drawer" })
  const { lines, subtotal, original, discounts } = useCartLines(fetcher.data?.cart)

  // Layout effects: the page is locked and freed in the same commit as the dialog appears and goes (only ever
  // rendered in the browser, after a click).
  useLayoutEffect(() => {
    const element = dialog.current
    if (!element) return
    element.showModal()
    // The page behind stays where it was while the drawer scrolls.
    document.documentElement.style.overflow = "hidden"
    return () => {
      document.documentElement.style.overflow = ""
      if (element.open) element.close()
    }
  }, [])

  // Read afresh at each opening; after that, Remix reloads it after every cart change.
  useEffect(() => {
    fetcher.load(cartPath)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cartPath])

  const data = fetcher.data
  const lapsed = data?.lapsed ?? []
  const count = lines.reduce((sum, line) => sum + line.quantity, 0)

  return (
    <dialog
      ref={dialog}
      aria-labelledby="cart-drawer-title"
      onClose={onClose}
      // A click on the dimmed page beside the drawer lands on the dialog itself.
      onClick={(event) => event.target === dialog.current && dialog.current.close()}
      className="m-0 ml-auto h-dvh max-h-none w-full max-w-md bg-stone-50 p-0 text-stone-900 shadow-2xl backdrop:bg-stone-900/50 motion-safe:animate-[drawer-in_180ms_ease-out]"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-2 border-b border-stone-200 bg-white px-4 py-3">
          <h2 id="cart-drawer-title" className="text-lg font-bold text-ocop-900">
            {t("cart.title")}
            {data && count > 0 && <span className="font-semibold text-stone-600"> ({count})</span>}
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            aria-label={t("cart.close")}
            className="flex h-11 w-11 items-center justify-center rounded-lg text-stone-700 hover:bg-stone-100"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        </div>
        {!data ? (
          <p role="status" className="p-4 text-stone-600">
            {fetcher.state === "idle" ? t("cart.errors.backend") : t("cart.loading")}
          </p>
        ) : lines.length === 0 ? (
          <EmptyCart className="p-4" />
        ) : (
          <>
            <ul aria-label={t("cart.lines")} className="flex-1 divide-y divide-stone-200 overflow-y-auto bg-white">
              {lines.map(({ item, quantity }) => (
                <CartLineRow key={item.id} item={item} quantity={quantity} lapsed={lapsed.includes(item.id)} action={cartPath} />
              ))}
            </ul>
            <div className="space-y-3 border-t border-stone-200 bg-white p-4">
              {discounts.some((d) => d.amount > 0) && (
                <div className="space-y-1 text-sm">
                  <p className="flex justify-between">
                    <span>{t("cart.itemsBeforeDiscount")}</span>
                    <span>{vnd(original)}</span>
                  </p>
                  <DiscountRows discounts={discounts} />
                </div>
              )}
              <p className="flex justify-between text-lg font-bold">
                <span>{t("cart.total")}</span>
                <span data-testid="drawer-subtotal">{vnd(subtotal)}</span>
              </p>
              {lapsed.length > 0 ? (
                <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-semibold text-label-red">
                  {t("cart.blocked")}
                </p>
              ) : (
                <p className="text-sm text-stone-600">{t("cart.shippingLater")}</p>
              )}
              <div className="grid grid-cols-2 gap-2">
                <LocaleLink
                  to="/gio-hang"
                  className="flex h-12 items-center justify-center rounded-lg border border-ocop-800 px-3 text-center text-sm font-bold text-ocop-800 hover:bg-ocop-50"
                >
                  {t("cart.view")}
                </LocaleLink>
                {data.canCheckout && lapsed.length === 0 ? (
                  <LocaleLink
                    to="/thanh-toan"
                    className="flex h-12 items-center justify-center rounded-lg bg-label-red px-3 text-center text-sm font-bold text-white hover:bg-red-800"
                  >
                    {t("cart.checkoutShort")}
                  </LocaleLink>
                ) : (
                  <span
                    aria-disabled="true"
                    className="flex h-12 cursor-not-allowed items-center justify-center rounded-lg bg-stone-300 px-3 text-center text-sm font-bold text-stone-600"
                  >
                    {t("cart.checkoutShort")}
                  </span>
                )}
              </div>
            </div>
          </>
        )}
      </div>
    </dialog>
  )
}
