import { Form, useLocation } from "@remix-run/react"
import { useState } from "react"
import { useVnd } from "~/components/Price"
import { inputClass } from "~/components/form"
import { useHydrated } from "~/lib/use-hydrated"
import { DELIVERY_PARAM, zoneFor, type DeliveryEstimate as Estimate } from "./delivery-estimate"
import { useProductTranslation } from "./strings"

/**
 * "Delivery to <province>: 35.000 ₫, 2–3 working days", priced as the checkout prices a producer's parcel. The
 * province is a GET form, so the estimate works before and without JavaScript; once the page runs, a new choice
 * is answered at once from the zones the page already holds, and the button goes away.
 */
export function DeliveryEstimate({ estimate }: { estimate: Estimate }) {
  const { t } = useProductTranslation()
  const vnd = useVnd()
  const hydrated = useHydrated()
  const { pathname } = useLocation()
  const [province, setProvince] = useState(estimate.province)
  const zone = zoneFor(estimate, province)
  return (
    <section id="giao-hang" aria-labelledby="delivery-heading" className="rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="delivery-heading" className="font-bold text-stone-900">
        {t("product.delivery")}
      </h2>
      <Form method="get" action={`${pathname}#giao-hang`} preventScrollReset className="mt-2 flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="delivery-province" className="text-sm font-medium text-stone-800">
            {t("product.deliveryTo")}
          </label>
          <select
            id="delivery-province"
            name={DELIVERY_PARAM}
            value={province}
            onChange={(event) => setProvince(event.currentTarget.value)}
            className={`${inputClass} px-2`}
          >
            {estimate.provinces.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        {!hydrated && (
          <button type="submit" className="h-12 shrink-0 rounded-lg border border-ocop-700 px-4 font-semibold text-ocop-800">
            {t("product.deliveryShow")}
          </button>
        )}
      </Form>
      <p className="mt-2 text-stone-800" aria-live="polite">
        {zone
          ? t("product.deliveryPrice", { price: vnd(zone.price.amount), days: zone.days })
          : t("product.deliveryNone")}
      </p>
      <p className="mt-1 text-sm text-stone-600">{t("product.deliveryNote")}</p>
    </section>
  )
}
