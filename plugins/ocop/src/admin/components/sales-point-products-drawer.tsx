import { useState } from "react"
import { PickerDrawer } from "../kit/picker-drawer"
import { useProductChoices, useSetSalesPointProducts } from "../lib/api"
import type { SalesPoint } from "../lib/types"

/** Which products a sales point carries, chosen from Medusa's product list and saved as a whole. */
export function SalesPointProductsDrawer({
  salesPoint,
  open,
  onOpenChange,
}: {
  salesPoint: SalesPoint
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const [q, setQ] = useState("")
  const { data } = useProductChoices(q)
  return (
    <PickerDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Sản phẩm bán tại ${salesPoint.name}`}
      description={(chosen) => `Đã chọn ${chosen} sản phẩm. Chỉ sản phẩm đạt chứng nhận mới hiện trên cửa hàng.`}
      q={q}
      onQ={setQ}
      searchPlaceholder="Tìm sản phẩm"
      choices={(data?.products ?? []).map((product) => ({ id: product.id, label: product.title }))}
      total={data?.count}
      noun="sản phẩm"
      pick={{ mode: "many" }}
      current={(salesPoint.products ?? []).map((product) => product.id)}
      save={useSetSalesPointProducts(salesPoint.id)}
      value={(chosen) => chosen}
    />
  )
}
