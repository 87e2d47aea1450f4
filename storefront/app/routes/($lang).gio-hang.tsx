import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"
import { readCart } from "~/features/cart/cart.server"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatVnd } from "~/lib/format"
import { loaderHeaders } from "~/lib/headers"

/** What is in the cart so far; checkout comes with its own issue. Personal: never cached, never indexed. */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [cart, t] = await Promise.all([readCart(request), translatorFor(locale)])
  return data(
    { cart, title: `${t("cart.title")} · ${t("site.name")}` },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
]

export default function Cart() {
  const { cart } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold text-ocop-900">{t("cart.title")}</h1>
      {!cart || cart.items.length === 0 ? (
        <div className="space-y-4">
          <p className="text-stone-700">{t("cart.empty")}</p>
          <LocaleLink
            to="/san-pham"
            className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
          >
            {t("errors.browse")}
          </LocaleLink>
        </div>
      ) : (
        <>
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {cart.items.map((item) => (
              <li key={item.id} className="flex items-center justify-between gap-3 p-3 text-sm">
                <span>
                  <span className="font-semibold">{item.product_title ?? item.title}</span>
                  {item.variant_title && <span className="text-stone-600"> · {item.variant_title}</span>}
                  <span className="text-stone-600"> × {item.quantity}</span>
                </span>
                <span className="font-semibold">{formatVnd(item.total)}</span>
              </li>
            ))}
          </ul>
          <p className="flex justify-between text-lg font-bold">
            <span>{t("cart.total")}</span>
            <span>{formatVnd(cart.total)}</span>
          </p>
          <p className="text-sm text-stone-700">{t("cart.checkoutSoon")}</p>
        </>
      )}
    </div>
  )
}
