import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, inputClass, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { NEXT_LEAD_STATUSES } from "~/features/portal/lead-statuses"
import { loadLead, requireMember, updateLead } from "~/features/portal/portal.server"
import { leadStatusSchema } from "~/features/portal/schemas"
import { usePortalTranslation } from "~/features/portal/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatDate, formatPhone, formatVnd, telHref } from "~/lib/format"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { flashPortal, takePortalFlash } from "~/lib/portal-session.server"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const [t, lead, flash] = await Promise.all([translatorFor(localeOf(request)), loadLead(token, params.id!), takePortalFlash(request)])
  // Another producer's lead, or none: the same 404 as the API's.
  if (!lead) throw data(null, { status: 404 })
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data({ title: `${lead.buyer_name} · ${t("portal.leads.title")}`, me, lead, notice: flash.notice }, { headers })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token } = await requireMember(request)
  const form = await request.formData()
  const parsed = parseForm(leadStatusSchema, form)
  if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 })
  const refused = await updateLead(token, params.id!, parsed.data)
  if (refused) {
    const key = /value/.test(refused) ? "contract_value" : "status"
    return data({ errors: { [key]: key === "status" ? "portal.errors.leadStatus" : "portal.errors.contractValue" } as Record<string, string>, values: parsed.data as unknown as Record<string, string> }, { status: 400 })
  }
  return redirect(new URL(request.url).pathname, { headers: { "Set-Cookie": await flashPortal(request, "portal.leads.saved") } })
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

/** Đồng grouped as Vietnamese write them, without the sign: what the value field reads back. */
const dong = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 })

export default function PortalLead() {
  const { me, lead, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = usePortalTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  const values: Record<string, string> = (result?.values as Record<string, string> | undefined) ?? {}
  const next = NEXT_LEAD_STATUSES[lead.status]
  const actorOf = (actor: string) => t(`portal.leads.actors.${actor.split(":")[0]}`, { defaultValue: actor })
  const rows: [string, string | null][] = [
    [t("portal.leads.organisation"), lead.organisation],
    [t("portal.leads.market"), lead.market],
    [t("portal.leads.product"), lead.product?.title ?? null],
    [t("portal.leads.quantity"), lead.quantity],
    [t("portal.leads.fair"), lead.fair ? `${lead.fair.name}${lead.booth ? `, ${t("portal.leads.booth", { number: lead.booth.number })}` : ""}` : null],
    [t("portal.leads.note"), lead.note],
  ]
  return (
    <PortalShell me={me} title={lead.buyer_name} notice={notice ? t(notice) : null}>
      <p className="text-sm text-stone-700">
        <span className={`mr-2 inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${lead.status === "contract_signed" ? "bg-ocop-800 text-white" : "bg-stone-200 text-stone-800"}`}>
          {t(`portal.leads.statuses.${lead.status}`)}
        </span>
        {t("portal.leads.receivedOn", { date: formatDate(lead.created_at) })} · {t(`portal.leads.from.${lead.source}`)}
      </p>
      {lead.contract_value !== null && <p className="mt-2 font-semibold text-ocop-900">{t("portal.leads.value", { value: formatVnd(lead.contract_value) })}</p>}
      {lead.locale === "en" && <p className="mt-2 text-sm font-semibold text-stone-800">{t("portal.leads.language")}</p>}
      <p className="mt-3 flex flex-wrap gap-2 text-sm">
        {lead.phone && (
          <a href={telHref(lead.phone)} className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-4 font-semibold text-white">
            {t("portal.leads.phone")}: {formatPhone(lead.phone)}
          </a>
        )}
        {lead.email && (
          <a href={`mailto:${lead.email}`} className="inline-flex h-11 items-center break-all rounded-lg border border-stone-300 px-4 font-semibold text-stone-800">
            {lead.email}
          </a>
        )}
      </p>
      <dl className="mt-4 space-y-2 rounded-xl border border-stone-200 bg-white p-4 text-sm">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt className="font-semibold text-stone-700">{label}</dt>
              <dd className="whitespace-pre-line break-words text-stone-900">{value}</dd>
            </div>
          ))}
      </dl>

      {next.length ? (
        <Form method="post" className="mt-5 space-y-3 rounded-xl border border-stone-200 bg-white p-4" noValidate>
          <h2 className="font-bold text-stone-900">{t("portal.leads.update")}</h2>
          <Field name="status" label={t("portal.leads.nextStatus")} error={errors.status}>
            {(control) => (
              <select {...control} defaultValue={values.status ?? next[0]} className={`${inputClass} px-2`}>
                {next.map((status) => (
                  <option key={status} value={status}>
                    {t(`portal.leads.statuses.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="contract_value"
            label={t("portal.leads.valueLabel")}
            hint={t("portal.leads.valueHint")}
            inputMode="numeric"
            defaultValue={values.contract_value ? dong.format(Number(values.contract_value)) : ""}
            error={errors.contract_value}
          />
          <div>
            <label htmlFor="field-note" className="block text-sm font-semibold text-stone-800">
              {t("portal.leads.noteLabel")}
            </label>
            <textarea
              id="field-note"
              name="note"
              rows={3}
              maxLength={2000}
              defaultValue={values.note ?? ""}
              className="mt-1 block w-full rounded-lg border border-stone-300 bg-white p-3 text-base text-stone-900"
            />
          </div>
          <SubmitButton busy={navigation.state === "submitting"}>{t("portal.leads.save")}</SubmitButton>
        </Form>
      ) : (
        <p className="mt-5 font-semibold text-ocop-900">{t("portal.leads.final")}</p>
      )}

      <section aria-labelledby="history-heading" className="mt-6">
        <h2 id="history-heading" className="font-bold text-stone-900">
          {t("portal.leads.history")}
        </h2>
        <ol className="mt-2 space-y-2 border-l-2 border-ocop-100 pl-4 text-sm">
          {lead.events.map((event) => (
            <li key={event.id}>
              <p className="font-semibold text-stone-900">
                {t(`portal.leads.statuses.${event.status}`)}
                {event.contract_value !== null && ` · ${formatVnd(event.contract_value)}`}
              </p>
              <p className="text-stone-600">
                {formatDate(event.created_at)} · {actorOf(event.actor)}
              </p>
              {event.note && <p className="whitespace-pre-line text-stone-800">{event.note}</p>}
            </li>
          ))}
        </ol>
      </section>
      <p className="mt-6">
        <LocaleLink to="/kenh-nguoi-ban/khach-hoi-mua" className="font-semibold text-ocop-800 underline underline-offset-4">
          {t("portal.leads.back")}
        </LocaleLink>
      </p>
    </PortalShell>
  )
}
