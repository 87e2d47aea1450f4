import { useTranslation } from "react-i18next"
import { formatVnd } from "~/lib/format"
import type { Price as PriceValue } from "~/lib/store-api"

/** A VND price; `from` for a product's lowest variant price ("Từ 95.000 ₫"). */
export function Price({ price, from = false, className }: { price: PriceValue; from?: boolean; className?: string }) {
  const { t } = useTranslation()
  const amount = formatVnd(price.amount)
  return <span className={className}>{from ? t("price.from", { price: amount }) : amount}</span>
}
