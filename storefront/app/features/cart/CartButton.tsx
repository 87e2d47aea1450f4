import { Link, useFetcher, useLocation } from "@remix-run/react"
import { lazy, Suspense, useEffect, useState, type MouseEvent } from "react"
import { useTranslation } from "react-i18next"
import { useLocalizePath } from "~/i18n/use-locale"
import { ADD_TO_CART_FETCHER } from "~/lib/cart"

// The drawer's code comes down only when a shopper opens it (or points at the button): most visits never do.
const loadDrawer = () => import("./CartDrawer")
const CartDrawer = lazy(loadDrawer)

/**
 * The header's cart: a link to the cart page, which is all it is without JavaScript (and on the cart and checkout
 * pages, where a drawer would repeat the page). With JavaScript a plain click opens the cart drawer instead; a
 * click that asks for a new tab still follows the link. The drawer also opens once the product page has put its
 * product in the cart, to show it there with the way to checkout.
 */
export function CartButton({ count }: { count: number }) {
  const { t } = useTranslation()
  const localize = useLocalizePath()
  const { pathname, key: locationKey } = useLocation()
  const [open, setOpen] = useState(false)
  const linkOnly = /\/(gio-hang|thanh-toan)$/.test(pathname)

  // Any navigation (a link in the drawer, the back button) leaves the drawer behind.
  useEffect(() => setOpen(false), [locationKey])

  const added = useFetcher<{ ok: boolean }>({ key: ADD_TO_CART_FETCHER })
  // Each answer is a new object: once per add, and not again when the shopper moves on to another page.
  useEffect(() => {
    if (added.state === "idle" && added.data?.ok) setOpen(true)
  }, [added.state, added.data])

  function openDrawer(event: MouseEvent<HTMLAnchorElement>) {
    if (linkOnly || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    setOpen(true)
  }

  return (
    <>
      <Link
        to={localize("/gio-hang")}
        onClick={openDrawer}
        onPointerEnter={loadDrawer}
        onFocus={loadDrawer}
        aria-label={t("header.cart", { count })}
        aria-haspopup={linkOnly ? undefined : "dialog"}
        className="relative rounded-lg p-2 hover:bg-ocop-700"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="26"
          height="26"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <circle cx="9" cy="20" r="1.5" />
          <circle cx="18" cy="20" r="1.5" />
          <path d="M2.5 3h3l2.6 12.2a1.5 1.5 0 0 0 1.5 1.2h8.6a1.5 1.5 0 0 0 1.5-1.1L22 7H6.2" />
        </svg>
        <span
          aria-hidden="true"
          data-testid="cart-count"
          className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-star px-1 text-center text-xs font-bold leading-5 text-stone-900"
        >
          {count}
        </span>
      </Link>
      {open && !linkOnly && (
        <Suspense fallback={null}>
          <CartDrawer onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
