import { useState } from "react"
import { PickerDrawer } from "../kit/picker-drawer"
import { useProducers, useSetProducer } from "../lib/api"
import { entityTypeLabel } from "../lib/labels"

/** Picks the product's producer from a searchable list (names with or without accents). */
export function ProducerDrawer({
  productId,
  currentId,
  open,
  onOpenChange,
}: {
  productId: string
  currentId: string | null
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const [q, setQ] = useState("")
  const { data } = useProducers({ q, limit: 20, order: "name" })
  return (
    <PickerDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Chủ thể sản xuất"
      description="Thẻ sản phẩm trên cửa hàng hiện tên và nơi sản xuất của chủ thể này."
      q={q}
      onQ={setQ}
      searchPlaceholder="Tìm theo tên (có hoặc không dấu)"
      choices={(data?.producers ?? []).map((p) => ({ id: p.id, label: p.name, detail: `${entityTypeLabel(p.entity_type)} · ${p.address_as_certified}` }))}
      total={data?.count}
      noun="chủ thể"
      pick={{ mode: "one", noneLabel: "Chưa gắn chủ thể" }}
      current={currentId ? [currentId] : []}
      save={useSetProducer(productId)}
      value={(chosen) => chosen[0] ?? null}
    />
  )
}
