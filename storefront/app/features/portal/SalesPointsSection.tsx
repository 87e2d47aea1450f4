import { Form } from "@remix-run/react"
import { Notice, SelectField, SubmitButton } from "~/components/form"
import type { PortalSalesPoint } from "./assortment.server"
import type { PortalProduct } from "./portal.server"
import { usePortalTranslation } from "./strings"

/** The form field that tells the page's action which of its forms was sent. */
export const SALES_POINT_INTENT = "sales_point"

/**
 * Where a product is sold among the programme's kiosks, markets and showrooms, the producer's requests waiting
 * there, and the forms to ask for one more place or to leave one (docs/decisions/044). Plain forms: they work
 * without JavaScript. `errors` are i18n keys: `sales_point_id` beside the place to add, `form` for a removal.
 */
export function SalesPointsSection({
  product,
  salesPoints,
  errors,
  busy,
}: {
  product: Pick<PortalProduct, "sales_points" | "pending_changes" | "certification">
  salesPoints: Pick<PortalSalesPoint, "id" | "name">[]
  errors: Record<string, string>
  busy: boolean
}) {
  const { t } = usePortalTranslation()
  const nameOf = new Map(salesPoints.map((point) => [point.id, point.name]))
  const soldAt = product.sales_points ?? []
  const pending = (product.pending_changes ?? []).filter((change) => change.kind === "sales_point_add" || change.kind === "sales_point_remove")
  const waitingAt = new Set(pending.map((change) => change.changes.sales_point_id))
  const here = new Set(soldAt.map((point) => point.id))
  const choices = salesPoints.filter((point) => !here.has(point.id) && !waitingAt.has(point.id)).map((point) => ({ code: point.id, name: point.name }))
  // The backend checks again; this only spares the producer a form that would be refused.
  const showable = !!product.certification && product.certification.stars >= 3 && product.certification.state === "valid"
  const placeName = (id: string | undefined) => (id && nameOf.get(id)) || soldAt.find((point) => point.id === id)?.name || t("portal.assortment.unknownPlace")
  return (
    <section className="mt-5 space-y-4 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="sales-points">
      <div>
        <h2 id="sales-points" className="text-lg font-bold text-stone-900">
          {t("portal.assortment.title")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("portal.assortment.intro")}</p>
      </div>
      {errors.form && <Notice tone="error">{t(errors.form)}</Notice>}
      <div>
        <h3 className="text-sm font-semibold text-stone-800">{t("portal.assortment.soldAt")}</h3>
        {soldAt.length === 0 ? (
          <p className="mt-1 text-sm text-stone-700">{t("portal.assortment.none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200">
            {soldAt.map((point) => (
              <li key={point.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <span className="min-w-0 break-words font-semibold text-stone-900">{point.name}</span>
                {waitingAt.has(point.id) ? (
                  <span className="text-sm text-sky-900">{t("portal.assortment.waiting")}</span>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value={SALES_POINT_INTENT} />
                    <input type="hidden" name="sales_point_id" value={point.id} />
                    <input type="hidden" name="action" value="remove" />
                    <button
                      type="submit"
                      disabled={busy}
                      aria-label={t("portal.assortment.removeLabel", { place: point.name })}
                      className="h-10 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-50 disabled:cursor-wait"
                    >
                      {t("portal.assortment.removeAsk")}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {pending.length > 0 && (
        <div className="rounded-lg border border-sky-200 bg-sky-50 p-3">
          <h3 className="text-sm font-semibold text-stone-900">{t("portal.assortment.pendingTitle")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {pending.map((change) => (
              <li key={change.id} className="flex flex-wrap justify-between gap-x-3">
                <span className="min-w-0 break-words font-semibold text-stone-900">
                  {t(change.kind === "sales_point_add" ? "portal.assortment.pendingAdd" : "portal.assortment.pendingRemove", { place: placeName(change.changes.sales_point_id) })}
                </span>
                <span className="text-sky-900">{t("portal.assortment.waiting")}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h3 className="text-sm font-semibold text-stone-800">{t("portal.assortment.addTitle")}</h3>
        {!showable ? (
          <p className="mt-1 text-sm text-stone-700">{t("portal.assortment.notShowable")}</p>
        ) : choices.length === 0 ? (
          <p className="mt-1 text-sm text-stone-700">{t("portal.assortment.noneLeft")}</p>
        ) : (
          <Form method="post" className="mt-2 space-y-3" noValidate>
            <input type="hidden" name="intent" value={SALES_POINT_INTENT} />
            <input type="hidden" name="action" value="add" />
            <SelectField
              name="sales_point_id"
              label={t("portal.assortment.place")}
              placeholder={t("portal.assortment.choose")}
              options={choices}
              error={errors.sales_point_id}
              required
            />
            <SubmitButton busy={busy}>{t("portal.assortment.addAsk")}</SubmitButton>
          </Form>
        )}
      </div>
    </section>
  )
}
