import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"
import { usePlaceName } from "~/components/PlaceName"
import type { Producer } from "~/lib/store-api"

export function ProducerListItem({ producer }: { producer: Producer }) {
  const { t } = useTranslation()
  const place = usePlaceName(producer.address_as_certified, producer.province_code)
  return (
    <article className="relative h-full rounded-xl border border-stone-200 bg-white p-4 hover:shadow-md focus-within:ring-2 focus-within:ring-ocop-700">
      <h3 className="font-semibold leading-snug text-stone-900">
        <LocaleLink
          to={`/chu-the/${producer.handle}`}
          className="after:absolute after:inset-0 focus-visible:outline-none"
        >
          {producer.name}
        </LocaleLink>
      </h3>
      <p className="mt-1 text-sm text-stone-700">
        {t(`entityType.${producer.entity_type}`)} · {place}
      </p>
      <p className="mt-1 text-sm font-semibold text-ocop-800">
        {t("producer.productCount", { count: producer.product_count })}
      </p>
    </article>
  )
}
