import type { ReactNode } from "react"
import { LocaleLink } from "~/components/LocaleLink"
import { useVnd } from "~/components/Price"
import { formatDate } from "~/lib/format"
import { formatShopperPhone } from "~/lib/phone-display"
import { CancelPurchase } from "./CancelPurchase"
import { OrderStatusBadge } from "./OrderCard"
import { paymentState } from "./order-status"
import type { OrderDetail, OrderHead, OrderParcel } from "./order.server"
import { useOrderTranslation } from "./strings"

/**
 * One order as its shopper sees it, wherever she opens it (the confirmation after checkout, her account's
 * history): when and how far along, how to pay a bank transfer while it is unpaid, what is in it, where it goes
 * and how it is paid. The page around it gives the heading.
 */
export function OrderView({ order }: { order: OrderDetail }) {
  const { t } = useOrderTranslation()
  const vnd = useVnd()
  const qr = order.payment.vietqr
  return (
    <div className="space-y-5">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
        <span>
          {t("order.placedOn", { date: formatDate(order.created_at) })}
          {order.email && <> · {t("order.mailed", { email: order.email })}</>}
        </span>
        <span className="flex items-center gap-2">
          <span className="sr-only">{t("order.status")}:</span>
          <OrderStatusBadge order={order} />
        </span>
      </p>

      {qr && !order.payment.paid && (
        <Card labelledBy="vietqr-heading" title={t("order.vietqrTitle")}>
          <p className="mt-1 text-sm text-stone-700">{t("order.vietqrIntro")}</p>
          <div className="mt-3 flex flex-col items-center gap-4 sm:flex-row sm:items-start">
            {order.qrSvg && (
              <div
                role="img"
                aria-label={t("order.qrAlt", { amount: vnd(qr.amount), reference: qr.reference })}
                data-testid="vietqr"
                className="w-60 shrink-0 rounded-lg border border-stone-200 bg-white p-1 [&_svg]:h-auto [&_svg]:w-full"
                dangerouslySetInnerHTML={{ __html: order.qrSvg }}
              />
            )}
            <dl className="w-full space-y-2 text-sm">
              <Row label={t("order.amount")} value={vnd(qr.amount)} strong />
              <Row label={t("order.reference")} value={qr.reference} strong />
              <Row label={t("order.bank")} value={qr.bank_name} />
              <Row label={t("order.account")} value={qr.account_number} />
              <Row label={t("order.accountName")} value={qr.account_name} />
            </dl>
          </div>
        </Card>
      )}

      {order.parcels.length > 0 && <Parcels parcels={order.parcels} />}
      <CancelPurchase cancellable={order.cancellable} />

      <Card labelledBy="items-heading" title={t("order.items")}>
        <ul className="mt-2 divide-y divide-stone-100 text-sm">
          {order.items.map((item) => (
            <li key={item.id} className="flex items-center gap-3 py-2">
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
                  {item.quantity} × {vnd(item.unit_price)}
                </span>
              </span>
              {/* Before discounts: each code's discount is a line of its own below. */}
              <span className="shrink-0 font-semibold">{vnd(item.unit_price * item.quantity)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-2 space-y-1 border-t border-stone-200 pt-2 text-sm">
          <Row label={t("order.subtotal")} value={vnd(order.original_item_total)} />
          {order.discounts
            .filter((d) => d.amount > 0)
            .map((discount) => (
              <Row
                key={discount.code}
                label={discount.code ? t("order.discountWithCode", { code: discount.code }) : t("order.discount")}
                value={`−${vnd(discount.amount)}`}
              />
            ))}
          <Row label={t("order.shipping")} value={order.shipping_total === 0 ? t("order.free") : vnd(order.shipping_total)} />
          <Row label={t("order.total")} value={vnd(order.total)} strong />
        </dl>
      </Card>

      <div className="grid gap-5 sm:grid-cols-2">
        <Card labelledBy="delivery-heading" title={t("order.delivery")}>
          <div className="text-sm">
            {order.pickup ? (
              <>
                <p className="mt-1 font-semibold">{t("order.pickupAt", { name: order.pickup.name })}</p>
                <p>{order.pickup.address}</p>
                <p>
                  {t("order.hours")}: {order.pickup.opening_hours}
                </p>
                <p className="mt-2 text-stone-700">{t("order.pickupNote")}</p>
                <p className="mt-2">
                  {order.address.name} · {order.address.phone && formatShopperPhone(order.address.phone)}
                </p>
              </>
            ) : (
              <>
                {order.shipping.map((method) => (
                  <p key={method.name} className="mt-1 font-semibold">
                    {/* The backend names its one home delivery option in Vietnamese (plugins/ocop/src/workflows/delivery). */}
                    {method.name === "Giao hàng tận nơi" ? t("order.homeDelivery") : method.name}
                  </p>
                ))}
                <address className="mt-2 not-italic">
                  <span className="block">{order.address.name}</span>
                  {order.address.phone && <span className="block">{formatShopperPhone(order.address.phone)}</span>}
                  <span className="block">
                    {[order.address.street, order.address.ward, order.address.province].filter(Boolean).join(", ")}
                  </span>
                </address>
              </>
            )}
          </div>
        </Card>
        <Card labelledBy="payment-heading" title={t("order.payment")}>
          <div className="text-sm">
            {order.payment_method && <p className="mt-1 font-semibold">{t(`order.method.${order.payment_method}`)}</p>}
            <p className={order.payment.paid ? "text-ocop-800" : "text-stone-700"}>
              {t(`order.paymentState.${order.payment.paid ? "paid" : paymentState(order)}`)}
            </p>
          </div>
        </Card>
      </div>
    </div>
  )
}

/** The same tones as the order's own badge (OrderCard.tsx): waiting, under way, done, stopped. */
const PARCEL_TONES: Record<OrderParcel["state"], string> = {
  placed: "bg-amber-100 text-amber-900",
  packed: "bg-sky-100 text-sky-900",
  shipped: "bg-sky-100 text-sky-900",
  ready_for_pickup: "bg-sky-100 text-sky-900",
  delivered: "bg-ocop-100 text-ocop-900",
  canceled: "bg-red-100 text-label-red",
}

/** Each producer's parcel of the purchase: where it is, the carrier and tracking number once shipped, why it was cancelled. */
function Parcels({ parcels }: { parcels: OrderParcel[] }) {
  const { t } = useOrderTranslation()
  return (
    <Card labelledBy="parcels-heading" title={t("order.parcels.title")}>
      <p className="mt-1 text-sm text-stone-700">
        {t("order.parcels.intro", { count: parcels.length })}
        {parcels.length > 1 && ` ${t("order.parcels.onePerProducer")}`}
      </p>
      <ul className="mt-2 space-y-3 text-sm">
        {parcels.map((parcel) => (
          <li key={parcel.order_id} data-testid="parcel" className="rounded-lg border border-stone-200 p-3">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p className="font-semibold text-stone-900">
                {t("order.parcels.parcel", { number: parcel.display_id })}
                {parcel.producer && <span className="block font-normal text-stone-700">{t("order.parcels.from", { producer: parcel.producer })}</span>}
              </p>
              <span className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-bold ${PARCEL_TONES[parcel.state]}`}>{t(`order.parcels.states.${parcel.state}`)}</span>
            </div>
            <p className="mt-1 text-stone-700">{parcel.items.map((item) => `${item.title} × ${item.quantity}`).join(", ")}</p>
            {parcel.tracking && (
              <p className="mt-1 text-stone-900">
                {parcel.tracking.carrier && <span className="block">{t("order.parcels.carrier", { carrier: parcel.tracking.carrier })}</span>}
                <span className="block font-semibold">{t("order.parcels.trackingNumber", { number: parcel.tracking.number })}</span>
              </p>
            )}
            {parcel.state === "ready_for_pickup" && parcel.ready_for_pickup_at && (
              <p className="mt-1 font-semibold text-stone-900">{t("order.parcels.readySince", { date: formatDate(parcel.ready_for_pickup_at) })}</p>
            )}
            {parcel.cancel_reason && <p className="mt-1 text-label-red">{t("order.parcels.cancelReason", { reason: parcel.cancel_reason })}</p>}
          </li>
        ))}
      </ul>
    </Card>
  )
}

/** What a stranger holding the link learns: which order it is, how far along, and how its shopper opens it. */
export function PrivateOrder({ head, loginTo }: { head: OrderHead; loginTo: string }) {
  const { t } = useOrderTranslation()
  return (
    <div className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <div className="rounded-xl border border-stone-200 bg-white p-4">
        <h1 className="text-2xl font-bold text-stone-900">{t("order.title", { number: head.display_id })}</h1>
        <p className="mt-1 text-sm font-semibold text-stone-800">
          {t("order.privateStatus", { status: t(`order.backendStatus.${head.status}`, { defaultValue: head.status }) })}
        </p>
        <p className="mt-3 text-sm text-stone-700">{t("order.privateIntro")}</p>
        <a
          href={loginTo}
          className="mt-4 inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
        >
          {t("order.logIn")}
        </a>
      </div>
    </div>
  )
}

function Card({ labelledBy, title, children }: { labelledBy: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={labelledBy} className="rounded-xl border border-stone-200 bg-white p-4">
      <h2 id={labelledBy} className="text-lg font-bold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  )
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-3 ${strong ? "font-bold" : ""}`}>
      <dt className="text-stone-700">{label}</dt>
      <dd className="text-right">{value}</dd>
    </div>
  )
}
