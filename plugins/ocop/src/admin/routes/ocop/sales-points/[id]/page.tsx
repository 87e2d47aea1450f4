import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { SalesPointProductsDrawer } from "../../../../components/sales-point-products-drawer"
import { SALES_POINT_FIELDS } from "../../../../components/sales-point-fields"
import { errorMessage } from "../../../../kit/api-error"
import { LinkedProducts } from "../../../../kit/linked-products"
import { DetailPage } from "../../../../kit/record-pages"
import { Section } from "../../../../kit/section"
import { SelectInput } from "../../../../kit/select-input"
import {
  useDeleteSalesPoint,
  useSalesPoint,
  useSetSalesPointStockLocation,
  useStockLocations,
  useUpdateSalesPoint,
} from "../../../../lib/api"
import { salesPointTypeLabel } from "../../../../lib/labels"
import type { SalesPoint } from "../../../../lib/types"

const NONE = "none"

/** Edit a sales point, the products it carries and the stock location pickups come from. */
const SalesPointPage = () => {
  const { id = "" } = useParams()
  const [productsOpen, setProductsOpen] = useState(false)
  return (
    <DetailPage
      load={useSalesPoint(id)}
      record={(data) => data.sales_point}
      title={(point) => point.name}
      subtitle={(point) => `${salesPointTypeLabel(point.type)} · ${point.handle}`}
      fields={SALES_POINT_FIELDS}
      update={useUpdateSalesPoint(id)}
      saved="Đã lưu điểm bán"
      remove={{
        mutation: useDeleteSalesPoint(id),
        name: (point) => point?.name ?? "điểm bán",
        description: "Các sản phẩm vẫn được bán, nhưng cửa hàng không còn ghi điểm bán này.",
        done: "Đã xoá điểm bán",
        listPath: "/ocop/sales-points",
      }}
    >
      {(point) => (
        <>
          <Section
            title="Kho nhận hàng"
            subtitle="Kho (stock location) giao hàng cho khách nhận tại điểm bán này."
            actions={<StockLocationSelect point={point} />}
          />
          <Section
            title="Sản phẩm đang bán"
            subtitle={`${point.products?.length ?? 0} sản phẩm`}
            actions={
              <Button size="small" variant="secondary" onClick={() => setProductsOpen(true)}>
                Chọn sản phẩm
              </Button>
            }
          >
            <LinkedProducts products={point.products} />
          </Section>
          <SalesPointProductsDrawer salesPoint={point} open={productsOpen} onOpenChange={setProductsOpen} />
        </>
      )}
    </DetailPage>
  )
}

/** Saved as soon as it is chosen. */
function StockLocationSelect({ point }: { point: SalesPoint }) {
  const setLocation = useSetSalesPointStockLocation(point.id)
  const locations = useStockLocations()
  return (
    <SelectInput
      size="small"
      className="w-64 max-w-full [&>span]:truncate"
      value={point.stock_location?.id ?? NONE}
      onChange={(v) =>
        setLocation.mutate(v === NONE ? null : v, {
          onSuccess: () => toast.success("Đã lưu kho nhận hàng"),
          onError: (e) => toast.error(errorMessage(e) ?? "Không lưu được"),
        })
      }
      options={[{ value: NONE, label: "Không có" }, ...(locations.data?.stock_locations ?? []).map((l) => ({ value: l.id, label: l.name }))]}
    />
  )
}

export default SalesPointPage
