import { Form, useActionData, useNavigation } from "@remix-run/react"
import { Notice } from "~/components/form"
import { useOrderTranslation } from "./strings"

/** What the order page's action answers a cancellation (cancel-purchase.server.ts). */
export type CancelResult = { cancelled: true } | { cancelled: false; message: string }

export const CANCEL_REASONS = ["none", "mistake", "address", "price", "changed"] as const

/**
 * The shopper cancels the whole purchase while no producer has packed it. Two steps, so a tap does not cancel by
 * mistake: the disclosure opens the form, the form asks for a reason and the confirmation. A plain form post,
 * like the checkout: it works before the page's scripts run.
 */
export function CancelPurchase({ cancellable }: { cancellable: boolean }) {
  const { t } = useOrderTranslation()
  const result = useActionData<CancelResult>()
  const busy = useNavigation().state === "submitting"
  if (result?.cancelled) return <Notice tone="success">{t("order.cancel.done")}</Notice>
  if (!cancellable) return result ? <Notice tone="error">{result.message}</Notice> : null
  return (
    <section aria-labelledby="cancel-heading" className="rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="cancel-heading" className="text-lg font-bold text-stone-900">
        {t("order.cancel.title")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("order.cancel.intro")}</p>
      {result && !result.cancelled && (
        <div className="mt-2">
          <Notice tone="error">{result.message}</Notice>
        </div>
      )}
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-label-red px-4 font-semibold text-label-red">
          {t("order.cancel.open")}
        </summary>
        <Form method="post" className="mt-3 space-y-3">
          <input type="hidden" name="intent" value="cancel" />
          <label className="block text-sm">
            <span className="font-semibold text-stone-800">{t("order.cancel.reason")}</span>
            <select name="reason" defaultValue="none" className="mt-1 block h-11 w-full rounded-lg border border-stone-400 bg-white px-2">
              {CANCEL_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`order.cancel.reasons.${reason}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy} className="h-11 rounded-lg bg-label-red px-5 font-semibold text-white disabled:opacity-60">
            {t("order.cancel.confirm")}
          </button>
        </Form>
      </details>
    </section>
  )
}
