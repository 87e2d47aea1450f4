import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS, listProvinces } from "~/features/account/account.server"
import { AccountShell } from "~/features/account/AccountShell"
import { getOrder, requireCustomer } from "~/features/account/customer.server"
import { OrderStatusBadge } from "~/features/account/OrderCard"
import { paymentMethodKey, paymentState } from "~/features/account/order-status"
import { displayName, joinFullName } from "~/features/account/schemas"
import { formatDate, formatPhone, formatVnd } from "~/lib/format"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { useAccountTranslation } from "~/features/account/strings"

/**
 * One of the customer's orders. Another customer's order, or an id that is no order, is the 404 page: the
 * order is looked up among the logged-in customer's own (customer.server.ts, getOrder).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, customer } = await requireCustomer(request)
  const [t, order, provinces] = await Promise.all([
    translatorFor(localeOf(request)),
    getOrder(token, params.id ?? ""),
    listProvinces(),
  ])
  if (!order) throw new Response(null, { status: 404, statusText: "Not Found", headers: PRIVATE_HEADERS })
  const address = order.shipping_address
  const provinceName = provinces.find((province) => province.code === address?.province)?.name ?? address?.province ?? null
  return data(
    {
      title: `${t("account.orderDetail.title", { number: order.display_id })} · ${t("site.name")}`,
      name: displayName(customer),
      order,
      address: address
        ? {
            name: joinFullName(address),
            phone: address.phone ? formatPhone(address.phone) : null,
            lines: [address.address_1, address.city, provinceName].filter(Boolean) as string[],
          }
        : null,
    },
    { headers: PRIVATE_HEADERS }
  )
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function OrderPage() {
  const { name, order, address } = useLoaderData<typeof loader>()
  const { t } = useAccountTranslation()
  const method = paymentMethodKey(order.payment_provider_id)
  return (
    <AccountShell name={name} title={t("account.orderDetail.title", { number: order.display_id })}>
      <p className="-mt-2 mb-4">
        <LocaleLink to="/tai-khoan/don-hang" className="text-sm font-semibold text-ocop-800 underline underline-offset-4">
          ← {t("account.orderDetail.back")}
        </LocaleLink>
      </p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
        <span>{t("account.orderDetail.placedOn", { date: formatDate(order.created_at) })}</span>
        <span className="flex items-center gap-2">
          <span className="sr-only">{t("account.orderDetail.status")}:</span>
          <OrderStatusBadge order={order} />
        </span>
      </div>

      <section aria-labelledby="order-items" className="mt-5">
        <h2 id="order-items" className="text-lg font-bold text-ocop-900">
          {t("account.orderDetail.items")}
        </h2>
        <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {order.items.map((item) => (
            <li key={item.id} className="flex items-center gap-3 p-3 text-sm">
              {item.thumbnail ? (
                <img src={item.thumbnail} alt="" width={48} height={48} className="size-12 shrink-0 rounded-lg border border-stone-200 object-cover" />
              ) : null}
              <span className="min-w-0 flex-1">
                {item.product_handle ? (
                  <LocaleLink to={`/san-pham/${item.product_handle}`} className="font-semibold text-stone-900 hover:underline">
                    {item.product_title ?? item.title}
                  </LocaleLink>
                ) : (
                  <span className="font-semibold text-stone-900">{item.product_title ?? item.title}</span>
                )}
                {item.variant_title && <span className="block text-stone-600">{item.variant_title}</span>}
                <span className="block text-stone-600">
                  {item.quantity} × {formatVnd(item.unit_price)}
                </span>
              </span>
              <span className="shrink-0 font-semibold">{formatVnd(item.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-3 space-y-1 text-sm">
          <div className="flex justify-between">
            <dt className="text-stone-700">{t("account.orderDetail.subtotal")}</dt>
            <dd>{formatVnd(order.subtotal)}</dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-stone-700">{t("account.orderDetail.shipping")}</dt>
            <dd>{formatVnd(order.shipping_total)}</dd>
          </div>
          <div className="flex justify-between border-t border-stone-200 pt-2 text-base font-bold">
            <dt>{t("account.orderDetail.total")}</dt>
            <dd>{formatVnd(order.total)}</dd>
          </div>
        </dl>
      </section>

      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="order-delivery" className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
          <h2 id="order-delivery" className="font-bold text-ocop-900">
            {t("account.orderDetail.delivery")}
          </h2>
          {order.shipping_methods.map((method, index) => (
            <p key={index} className="mt-1 font-semibold text-stone-900">
              {method.name}
            </p>
          ))}
          {address && (
            <address className="mt-2 not-italic text-stone-800">
              {address.name && <span className="block">{address.name}</span>}
              {address.phone && <span className="block">{address.phone}</span>}
              {address.lines.map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </address>
          )}
        </section>
        <section aria-labelledby="order-payment" className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
          <h2 id="order-payment" className="font-bold text-ocop-900">
            {t("account.orderDetail.payment")}
          </h2>
          {method && <p className="mt-1 font-semibold text-stone-900">{t(`account.paymentMethod.${method}`)}</p>}
          <p className="mt-1 text-stone-800">{t(`account.paymentStatus.${paymentState(order.payment_status, order.payment_provider_id)}`)}</p>
        </section>
      </div>
    </AccountShell>
  )
}
