import { LocaleLink } from "~/components/LocaleLink"
import { useVnd } from "~/components/Price"
import { formatDate } from "~/lib/format"
import { orderProgress, paymentState, type Tone } from "./order-status"
import type { OrderStatuses, OrderSummary } from "./order.server"
import { useOrderTranslation } from "./strings"

const TONES: Record<Tone, string> = {
  neutral: "bg-amber-100 text-amber-900",
  progress: "bg-sky-100 text-sky-900",
  done: "bg-ocop-100 text-ocop-900",
  stopped: "bg-red-100 text-label-red",
}

export function OrderStatusBadge({ order }: { order: Pick<OrderStatuses, "status" | "fulfillment_status"> }) {
  const { t } = useOrderTranslation()
  const progress = orderProgress(order)
  return (
    <span data-testid="order-status" className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-bold ${TONES[progress.tone]}`}>
      {t(`order.progress.${progress.key}`)}
    </span>
  )
}

/** One order of the history: number, date, what is in it, its status and total; the whole card opens the order. */
export function OrderCard({ order }: { order: OrderSummary }) {
  const { t } = useOrderTranslation()
  const vnd = useVnd()
  const count = order.items.reduce((sum, item) => sum + item.quantity, 0)
  const names = order.items.map((item) => item.product_title ?? item.title).join(", ")
  return (
    <article className="relative rounded-xl border border-stone-200 bg-white p-4 hover:border-ocop-700">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-bold text-stone-900">
          <LocaleLink
            to={`/tai-khoan/don-hang/${order.id}`}
            aria-label={t("order.view", { number: order.display_id })}
            className="after:absolute after:inset-0"
          >
            {t("order.title", { number: order.display_id })}
          </LocaleLink>
        </h3>
        <OrderStatusBadge order={order} />
      </div>
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
        <span className="whitespace-nowrap">{t("order.placedOn", { date: formatDate(order.created_at) })}</span>
        <span className="whitespace-nowrap">{t("order.itemCount", { count })}</span>
        <span>{t(`order.paymentState.${paymentState(order)}`)}</span>
      </p>
      {names && <p className="mt-1 line-clamp-2 text-sm text-stone-800">{names}</p>}
      <p className="mt-2 text-right font-bold text-stone-900">{vnd(order.total)}</p>
    </article>
  )
}
