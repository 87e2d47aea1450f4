import { useTranslation } from "react-i18next"
import { useLocale } from "~/i18n/use-locale"
import { formatVnd } from "~/lib/format"
import type { Price as PriceValue } from "~/lib/store-api"

/** Prices in the page's language: `120.000 ₫` on Vietnamese pages, `120,000 ₫ (VND)` on English ones. */
export function useVnd(): (amount: number) => string {
  const locale = useLocale()
  return (amount) => formatVnd(amount, locale)
}

/** A VND price; `from` for a product's lowest variant price ("Từ 95.000 ₫"). */
export function Price({ price, from = false, className }: { price: PriceValue; from?: boolean; className?: string }) {
  const { t } = useTranslation()
  const vnd = useVnd()
  const amount = vnd(price.amount)
  return <span className={className}>{from ? t("price.from", { price: amount }) : amount}</span>
}
