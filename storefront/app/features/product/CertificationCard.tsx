import type { ReactNode } from "react"
import { useProductTranslation } from "~/features/product/strings"
import { StarBadge } from "~/components/StarBadge"
import { formatDate, isoDateInVietnam } from "~/lib/format"
import type { Certification } from "~/lib/store-api"

/** Everything printed on the certificate that a buyer may want to check, with the validity up front. */
export function CertificationCard({ ocop, groupName }: { ocop: Certification; groupName: string }) {
  const { t } = useProductTranslation()
  const rows: [string, ReactNode][] = [
    [t("product.score"), t("product.scoreValue", { score: ocop.score })],
    [t("product.group"), groupName],
    [t("product.level"), t(`level.${ocop.level}`)],
    [t("product.certificateNo"), ocop.certificate_no],
    [t("product.decisionNo"), ocop.decision_no],
    [t("product.issuedAt"), <time dateTime={isoDateInVietnam(ocop.issued_at)}>{formatDate(ocop.issued_at)}</time>],
    [t("product.validUntil"), <time dateTime={isoDateInVietnam(ocop.expires_at)}>{formatDate(ocop.expires_at)}</time>],
    [t("product.criteria"), ocop.criteria_version],
  ]
  return (
    <section aria-labelledby="certificate-heading" className="rounded-xl border-2 border-ocop-800 bg-white p-4">
      <div className="flex items-center justify-between gap-3">
        <h2 id="certificate-heading" className="text-lg font-bold text-ocop-900">
          {t("product.certification")}
        </h2>
        <StarBadge stars={ocop.stars} size="lg" />
      </div>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-medium text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
