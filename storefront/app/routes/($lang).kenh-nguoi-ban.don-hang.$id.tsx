import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import type { ReactNode } from "react"
import { Field, Notice, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { OrderStateBadge } from "~/features/portal/OrderStateBadge"
import { FULFILMENT_STEPS, type FulfilmentStep } from "~/features/portal/order-states"
import { PortalShell } from "~/features/portal/PortalShell"
import { loadOrder, requireMember, takeOrderStep } from "~/features/portal/portal.server"
import { cancelSchema, shipSchema } from "~/features/portal/schemas"
import { usePortalTranslation } from "~/features/portal/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatDate, formatPhone, formatVnd, telHref } from "~/lib/format"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { flashPortal, takePortalFlash } from "~/lib/portal-session.server"
import { inLanguage } from "~/lib/bilingual"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const [t, order, flash] = await Promise.all([translatorFor(localeOf(request)), loadOrder(token, params.id!), takePortalFlash(request)])
  // Another producer's order, or none: the same 404 as the API's.
  if (!order) throw data(null, { status: 404 })
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data({ title: `${t("portal.orders.number", { number: order.display_id })} · ${t("portal.orders.title")}`, me, order, notice: flash.notice }, { headers })
}

type StepResult = { step: FulfilmentStep; errors: Record<string, string>; values: Record<string, string>; refused?: string }

export async function action({ request, params }: ActionFunctionArgs) {
  const { token } = await requireMember(request)
  const form = await request.formData()
  const step = String(form.get("step") ?? "") as FulfilmentStep
  if (!FULFILMENT_STEPS.includes(step)) throw data(null, { status: 400 })
  let body: Record<string, string> = {}
  if (step === "shipped" || step === "canceled") {
    const parsed = parseForm(step === "shipped" ? shipSchema : cancelSchema, form)
    if (parsed.errors) return data<StepResult>({ step, errors: parsed.errors, values: parsed.values }, { status: 400 })
    body = parsed.data as Record<string, string>
  }
  const refused = await takeOrderStep(token, params.id!, step, body)
  if (refused) {
    return data<StepResult>({ step, errors: {}, values: body, refused: inLanguage(refused, localeOf(request)) }, { status: 400 })
  }
  return redirect(new URL(request.url).pathname, { headers: { "Set-Cookie": await flashPortal(request, `portal.orders.done.${step}`) } })
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalOrder() {
  const { me, order, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = usePortalTranslation()
  const busy = navigation.state === "submitting"
  const errorsOf = (step: FulfilmentStep) => (result?.step === step ? result.errors : {})
  const valuesOf = (step: FulfilmentStep) => (result?.step === step ? result.values : {})
  const history = (["packed", "shipped", "ready_for_pickup", "delivered", "canceled"] as const)
    .map((step) => [step, order[`${step}_at`]] as const)
    .filter(([, at]) => at)
  const forward = order.next_steps.filter((step) => step !== "canceled")
  const paymentLine =
    order.payment.status === "canceled"
      ? t("portal.orders.payment.canceled")
      : order.payment.provider_id === "pp_system_default"
        ? order.payment.paid
          ? t("portal.orders.payment.codCollected")
          : t("portal.orders.payment.cod", { amount: formatVnd(order.totals.total) })
        : order.payment.paid
          ? t("portal.orders.payment.paidOnline")
          : t("portal.orders.payment.awaiting")

  return (
    <PortalShell me={me} title={t("portal.orders.number", { number: order.display_id })} notice={notice ? t(notice) : null}>
      <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
        <OrderStateBadge state={order.state} />
        <span>
          {t("portal.orders.placedOn", { date: formatDate(order.placed_at) })} · {t(`portal.orders.${order.delivery.kind}`)}
        </span>
      </p>
      {order.order_group && order.order_group.parcel_count > 1 && (
        <p className="mt-2 text-sm text-stone-700">{t("portal.orders.ofPurchase", { number: order.order_group.display_id, count: order.order_group.parcel_count })}</p>
      )}
      {result?.refused && (
        <div className="mt-3">
          <Notice tone="error">{t("portal.errors.orderStep", { message: result.refused })}</Notice>
        </div>
      )}

      {forward.length > 0 && (
        <section aria-labelledby="next-heading" className="mt-4 space-y-3 rounded-xl border-2 border-ocop-700 bg-white p-4">
          <h2 id="next-heading" className="font-bold text-stone-900">
            {t("portal.orders.next")}
          </h2>
          {forward.map((step) => (
            <Form key={step} method="post" className="space-y-3" noValidate>
              <input type="hidden" name="step" value={step} />
              {step === "shipped" && (
                <>
                  <Field
                    name="carrier"
                    label={t("portal.orders.carrier")}
                    hint={t("portal.orders.carrierHint")}
                    list="carriers"
                    autoComplete="off"
                    maxLength={60}
                    defaultValue={valuesOf(step).carrier ?? ""}
                    error={errorsOf(step).carrier}
                  />
                  <datalist id="carriers">
                    {["Giao Hàng Nhanh", "Giao Hàng Tiết Kiệm", "Viettel Post", "VNPost", "J&T Express", "Ninja Van", "Best Express"].map((name) => (
                      <option key={name} value={name} />
                    ))}
                  </datalist>
                  <Field
                    name="tracking_number"
                    label={t("portal.orders.trackingNumber")}
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={40}
                    defaultValue={valuesOf(step).tracking_number ?? ""}
                    error={errorsOf(step).tracking_number}
                  />
                </>
              )}
              <p className="text-sm text-stone-600">{t(`portal.orders.stepHints.${step}`)}</p>
              <SubmitButton busy={busy}>{t(`portal.orders.steps.${step}`)}</SubmitButton>
            </Form>
          ))}
        </section>
      )}
      {order.next_steps.length === 0 && <p className="mt-4 font-semibold text-ocop-900">{t("portal.orders.final")}</p>}

      {(order.tracking || order.cancel_reason || history.length > 0) && (
        <Card id="history" title={t("portal.orders.history")}>
          {order.tracking && (
            <p className="mt-1 font-semibold text-stone-900" data-testid="tracking">
              {t("portal.orders.tracking", { carrier: order.tracking.carrier ?? "", number: order.tracking.number })}
            </p>
          )}
          {order.cancel_reason && <p className="mt-1 font-semibold text-label-red">{t("portal.orders.cancelReason", { reason: order.cancel_reason })}</p>}
          <ol className="mt-2 space-y-1 border-l-2 border-ocop-100 pl-4 text-sm text-stone-700">
            {history.map(([step, at]) => (
              <li key={step}>{t(`portal.orders.at.${step}`, { date: formatDate(at!) })}</li>
            ))}
          </ol>
        </Card>
      )}

      <Card id="lines" title={t("portal.orders.lines")}>
        <ul className="mt-2 divide-y divide-stone-100 text-sm">
          {order.items.map((item) => (
            <li key={item.id} className="flex items-start gap-3 py-2">
              {item.thumbnail ? <img src={item.thumbnail} alt="" width={48} height={48} className="size-12 shrink-0 rounded-lg border border-stone-200 object-cover" /> : null}
              <span className="min-w-0 flex-1">
                <span className="block font-semibold text-stone-900">{item.title}</span>
                {item.variant_title && <span className="block text-stone-600">{item.variant_title}</span>}
                {item.sku && <span className="block text-stone-600">{t("portal.orders.sku", { sku: item.sku })}</span>}
                <span className="block text-stone-600">
                  {item.quantity} × {formatVnd(item.unit_price)}
                </span>
                {item.commission && (
                  <span className="block text-stone-600">{t("portal.orders.commission", { rate: item.commission.rate, amount: formatVnd(item.commission.amount) })}</span>
                )}
              </span>
              <span className="shrink-0 font-semibold">{formatVnd(item.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-2 space-y-1 border-t border-stone-200 pt-2 text-sm">
          <Row label={t("portal.orders.itemTotal")} value={formatVnd(order.totals.item_total)} />
          <Row label={t("portal.orders.shipping")} value={formatVnd(order.totals.shipping_total)} />
          <Row label={t("portal.orders.total")} value={formatVnd(order.totals.total)} strong />
          <Row label={t("portal.orders.commissionTotal")} value={`− ${formatVnd(order.totals.commission)}`} />
        </dl>
      </Card>

      <div className="grid gap-4 sm:grid-cols-2">
        <Card id="delivery" title={t("portal.orders.deliveryTitle")}>
          <div className="mt-1 space-y-1 text-sm text-stone-900">
            <p className="font-semibold">{order.delivery.kind === "pickup" ? order.delivery.name : t("portal.orders.home")}</p>
            {order.delivery.recipient && <p>{order.delivery.recipient}</p>}
            {order.delivery.phone && (
              <p>
                <a href={telHref(order.delivery.phone)} className="inline-flex min-h-11 items-center font-semibold text-ocop-800 underline underline-offset-4">
                  {formatPhone(order.delivery.phone)}
                </a>
              </p>
            )}
            {order.delivery.kind === "home" && order.delivery.address && <p>{order.delivery.address}</p>}
          </div>
        </Card>
        <Card id="payment" title={t("portal.orders.paymentTitle")}>
          <p className={`mt-1 text-sm font-semibold ${order.payment.paid ? "text-ocop-800" : "text-stone-900"}`}>{paymentLine}</p>
        </Card>
      </div>

      {order.next_steps.includes("canceled") && (
        <Form method="post" className="mt-4 space-y-3 rounded-xl border border-red-200 bg-white p-4" noValidate>
          <input type="hidden" name="step" value="canceled" />
          <h2 className="font-bold text-stone-900">{t("portal.orders.steps.canceled")}</h2>
          <Field name="reason" label={t("portal.orders.reason")} maxLength={500} defaultValue={valuesOf("canceled").reason ?? ""} error={errorsOf("canceled").reason} />
          <p className="text-sm text-stone-600">{t("portal.orders.stepHints.canceled")}</p>
          <button
            type="submit"
            disabled={busy}
            className="h-12 w-full rounded-lg border-2 border-label-red bg-white px-6 text-base font-bold text-label-red hover:bg-red-50 disabled:opacity-80 sm:w-auto"
          >
            {t("portal.orders.steps.canceled")}
          </button>
        </Form>
      )}

      <p className="mt-6">
        <LocaleLink to="/kenh-nguoi-ban/don-hang" className="font-semibold text-ocop-800 underline underline-offset-4">
          {t("portal.orders.back")}
        </LocaleLink>
      </p>
    </PortalShell>
  )
}

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-4 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id={`${id}-heading`} className="font-bold text-stone-900">
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
