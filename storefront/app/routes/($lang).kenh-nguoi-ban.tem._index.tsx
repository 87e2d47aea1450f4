import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { StarBadge } from "~/components/StarBadge"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { requireMember } from "~/features/portal/portal.server"
import { issueStamps, loadStampsPage } from "~/features/portal/stamps.server"
import { useStampsTranslation } from "~/features/portal/stamps-strings"
import { useLocalizePath } from "~/i18n/use-locale"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatDate } from "~/lib/format"
import { loaderHeaders } from "~/lib/headers"
import type { Stars } from "~/lib/store-api"

/**
 * The producer's serialised stamps (docs/decisions/029): its certificates with their state, the batches printed
 * for each and their scans, a form to issue a new batch for a valid certificate, and each batch's label sheet.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const [t, certificates] = await Promise.all([translatorFor(localeOf(request)), loadStampsPage(token)])
  return data({ title: `${t("stamps.title")} · ${t("portal.title")}`, me, certificates }, { headers: PRIVATE_HEADERS })
}

type ActionResult = { ok: true; quantity: number } | { ok: false; error: "quantity" | "failed"; message?: string; certification_id: string }

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireMember(request)
  const form = await request.formData()
  const certificationId = String(form.get("certification_id") ?? "")
  const quantity = Number(form.get("quantity"))
  const note = String(form.get("note") ?? "").trim().slice(0, 200)
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100_000) {
    return data<ActionResult>({ ok: false, error: "quantity", certification_id: certificationId }, { status: 400, headers: PRIVATE_HEADERS })
  }
  const issued = await issueStamps(token, certificationId, { quantity, ...(note ? { note } : {}) })
  return issued.ok
    ? data<ActionResult>({ ok: true, quantity: issued.batch.quantity }, { headers: PRIVATE_HEADERS })
    : data<ActionResult>({ ok: false, error: "failed", message: issued.message, certification_id: certificationId }, { status: 400, headers: PRIVATE_HEADERS })
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalStamps() {
  const { me, certificates } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useStampsTranslation()
  const localize = useLocalizePath()
  const notice = result?.ok ? t("stamps.issued", { quantity: result.quantity }) : null
  const error = result && !result.ok ? (result.error === "quantity" ? t("stamps.quantityError") : t("stamps.failed", { message: result.message })) : null
  return (
    <PortalShell me={me} title={t("stamps.title")} notice={notice} error={error}>
      <p className="text-sm text-stone-700">{t("stamps.intro")}</p>
      {certificates.length === 0 && <p className="mt-4 text-stone-700">{t("stamps.none")}</p>}
      <ul className="mt-4 space-y-4">
        {certificates.map(({ certificate, batches }) => {
          const stampable = certificate.status === "valid" || certificate.status === "expiring"
          return (
            <li key={certificate.id}>
              <article className="rounded-xl border border-stone-200 bg-white p-4" data-certificate={certificate.certificate_no}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="min-w-0 break-words font-bold text-stone-900">{certificate.product.title}</h2>
                  {certificate.stars >= 3 ? <StarBadge stars={certificate.stars as Stars} /> : null}
                </div>
                <p className="mt-1 text-sm text-stone-700">
                  {t("stamps.certificate", { number: certificate.certificate_no })} · {t(`stamps.status.${certificate.status}`)} ·{" "}
                  {t("stamps.validUntil", { date: formatDate(certificate.expires_at) })}
                </p>
                <h3 className="mt-3 text-sm font-semibold text-stone-800">{t("stamps.batches")}</h3>
                {batches.length === 0 ? (
                  <p className="text-sm text-stone-600">{t("stamps.noBatches")}</p>
                ) : (
                  <ul className="mt-1 space-y-2 text-sm">
                    {batches.map((batch) => (
                      <li key={batch.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-stone-50 px-3 py-2">
                        <span>
                          <span className="block font-semibold text-stone-900">
                            {t("stamps.batch", { quantity: batch.quantity.toLocaleString("vi-VN"), date: formatDate(batch.created_at) })}
                          </span>
                          <span className="block text-stone-700">
                            {t("stamps.batchCounts", { checked: batch.checked, flagged: batch.flagged })} · {t(batch.issued_by === "programme" ? "stamps.byProgramme" : "stamps.byProducer")}
                          </span>
                        </span>
                        <a href={localize(`/kenh-nguoi-ban/tem/${batch.id}`)} className="font-semibold text-ocop-800 underline underline-offset-4" download>
                          {t("stamps.download")}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
                {stampable ? (
                  <Form method="post" className="mt-3 flex flex-wrap items-end gap-2">
                    <input type="hidden" name="certification_id" value={certificate.id} />
                    <label className="flex flex-col text-sm">
                      <span className="font-semibold text-stone-800">{t("stamps.quantity")}</span>
                      <input name="quantity" type="number" min={1} max={100000} defaultValue={100} required className="h-11 w-28 rounded-lg border border-stone-400 px-2" />
                    </label>
                    <label className="flex min-w-40 flex-1 flex-col text-sm">
                      <span className="font-semibold text-stone-800">{t("stamps.note")}</span>
                      <input name="note" maxLength={200} className="h-11 rounded-lg border border-stone-400 px-2" />
                    </label>
                    <button type="submit" disabled={navigation.state !== "idle"} className="h-11 rounded-lg bg-ocop-800 px-4 font-semibold text-white hover:bg-ocop-900 disabled:opacity-60">
                      {t("stamps.issue")}
                    </button>
                  </Form>
                ) : (
                  <p className="mt-3 text-sm text-stone-600">{t("stamps.notStampable")}</p>
                )}
              </article>
            </li>
          )
        })}
      </ul>
    </PortalShell>
  )
}
