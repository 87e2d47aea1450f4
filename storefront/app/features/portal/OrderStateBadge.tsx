import type { ParcelState } from "./order-states"
import { usePortalTranslation } from "./strings"

/** Where an order's parcel is, as a badge: red while it waits for the producer, green once it is done. */
export function OrderStateBadge({ state }: { state: ParcelState }) {
  const { t } = usePortalTranslation()
  const tone =
    state === "placed" ? "bg-label-red text-white" : state === "delivered" ? "bg-ocop-800 text-white" : state === "canceled" ? "bg-stone-300 text-stone-800" : "bg-amber-100 text-amber-900"
  return <span className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone}`}>{t(`portal.orders.states.${state}`)}</span>
}
