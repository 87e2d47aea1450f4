import type { ReactNode } from "react"
import { LocaleLink } from "~/components/LocaleLink"
import { StarBadge } from "~/components/StarBadge"
import { formatDate, isoDateInVietnam } from "~/lib/format"
import type { Stars } from "~/lib/store-api"
import { STATUS_LOOK } from "./status"
import { useVerifyTranslation } from "./strings"
import type { Verification } from "./types"

const time = (iso: string) => <time dateTime={isoDateInVietnam(iso)}>{formatDate(iso)}</time>

/**
 * The lookup's answer for one certificate: first, in a coloured box, what it means today in words; then what it
 * certifies, as printed on the certificate, with links to the product (only while it is on sale) and producer.
 */
export function VerificationCard({ certification: c, headingLevel = 1 }: { certification: Verification; headingLevel?: 1 | 2 }) {
  const { t } = useVerifyTranslation()
  const look = STATUS_LOOK[c.status]
  const Heading = headingLevel === 1 ? "h1" : "h2"
  const explain =
    c.status === "superseded"
      ? c.successor?.certificate_no
        ? t("verify.explain.superseded", { date: formatDate(c.successor.issued_at), stars: c.successor.stars, number: c.successor.certificate_no })
        : t("verify.explain.supersededNoNumber", { date: formatDate(c.successor?.issued_at ?? c.issued_at), stars: c.successor?.stars ?? "?" })
      : c.status === "revoked"
        ? t("verify.explain.revoked", { date: formatDate(c.revoked_at ?? c.issued_at) })
        : c.status === "not_yet_valid"
          ? t("verify.explain.not_yet_valid", { date: formatDate(c.issued_at) })
          : t(`verify.explain.${c.status}`, { date: formatDate(c.expires_at), days: c.days_left })
  const rows: [string, ReactNode][] = [
    [t("verify.certificateNo"), <span className="font-mono">{c.certificate_no}</span>],
    [t("verify.product"), c.product.title],
    ...(c.producer ? ([[t("verify.producer"), c.producer.name]] as [string, ReactNode][]) : []),
    [t("verify.stars"), c.stars >= 3 ? <StarBadge stars={c.stars as Stars} /> : c.stars],
    [t("verify.score"), t("verify.scoreValue", { score: c.score })],
    [t("verify.level"), t(`level.${c.level}`)],
    [t("verify.criteria"), c.criteria_version],
    ...(c.decision_no
      ? ([[t("verify.decision"), t("verify.decisionValue", { number: c.decision_no, date: formatDate(c.decided_at) })]] as [string, ReactNode][])
      : []),
    ...(c.decision_body ? ([[t("verify.decisionBy"), c.decision_body]] as [string, ReactNode][]) : []),
    [t("verify.issuedAt"), time(c.issued_at)],
    [t("verify.validUntil"), time(c.expires_at)],
    ...(c.revoked_at ? ([[t("verify.revokedAt"), time(c.revoked_at)]] as [string, ReactNode][]) : []),
  ]
  return (
    <article aria-labelledby="verdict" className="space-y-4">
      <div className={`rounded-xl border-2 p-4 ${look.box}`} data-status={c.status}>
        <Heading id="verdict" className="flex items-center gap-3 text-2xl font-bold">
          <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full border-2 border-current text-xl">
            {look.sign}
          </span>
          <span>{t(`verify.status.${c.status}`)}</span>
        </Heading>
        <p className="mt-2 leading-relaxed">{explain}</p>
        {c.status !== "superseded" && c.successor?.certificate_no && (
          <p className="mt-2 text-sm">
            {t("verify.renewedBy", { number: c.successor.certificate_no, date: formatDate(c.successor.issued_at) })}{" "}
            <LocaleLink to={`/tra-cuu/${encodeURIComponent(c.successor.certificate_no)}`} className="font-semibold underline underline-offset-4">
              {c.successor.certificate_no}
            </LocaleLink>
          </p>
        )}
        {c.status === "superseded" && c.successor?.certificate_no && (
          <p className="mt-2 text-sm">
            <LocaleLink to={`/tra-cuu/${encodeURIComponent(c.successor.certificate_no)}`} className="font-semibold underline underline-offset-4">
              {c.successor.certificate_no}
            </LocaleLink>
          </p>
        )}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-xl border border-stone-200 bg-white p-4 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-medium text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-3 text-sm">
        {c.product.showable ? (
          <LocaleLink to={`/san-pham/${c.product.handle}`} className="rounded-lg bg-ocop-800 px-4 py-2 font-semibold text-white hover:bg-ocop-900">
            {t("verify.seeProduct")}
          </LocaleLink>
        ) : (
          <p className="text-stone-700">{t("verify.notOnSale")}</p>
        )}
        {c.producer && (
          <LocaleLink to={`/chu-the/${c.producer.handle}`} className="rounded-lg border border-ocop-800 px-4 py-2 font-semibold text-ocop-900 hover:bg-ocop-50">
            {t("verify.seeProducer")}
          </LocaleLink>
        )}
      </div>
    </article>
  )
}
