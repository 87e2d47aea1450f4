import { useVerifyTranslation } from "./strings"
import { STATUS_LOOK, type ShownStatus } from "./status"

/** The answer in a word with its colour and sign, as in the register's lists. */
export function StatusChip({ status }: { status: ShownStatus }) {
  const { t } = useVerifyTranslation()
  const look = STATUS_LOOK[status]
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-semibold ${look.chip}`}>
      <span aria-hidden="true">{look.sign}</span>
      {t(`verify.status.${status}`)}
    </span>
  )
}
