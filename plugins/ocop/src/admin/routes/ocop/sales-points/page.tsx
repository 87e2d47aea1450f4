import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { StatusBadge } from "@medusajs/ui"
import { SALES_POINT_TYPE_CODES } from "../../../../modules/ocop/rules"
import { ListPage, useListState } from "../../../kit/list-page"
import { useSalesPoints } from "../../../lib/api"
import { salesPointTypeLabel } from "../../../lib/labels"
import type { SalesPoint } from "../../../lib/types"

const TYPES = SALES_POINT_TYPE_CODES.map((code) => ({ value: code, label: salesPointTypeLabel(code) }))

/** The kiosks, market kiosks, wholesale clusters and fair booths where OCOP products are sold. */
const SalesPointsPage = () => {
  const list = useListState({ filters: [{ name: "type", allLabel: "Mọi loại điểm bán", options: TYPES, className: "w-72" }] })
  const { data, isLoading } = useSalesPoints({ ...list.query, order: "name" })
  return (
    <ListPage<SalesPoint>
      title="Điểm bán OCOP"
      subtitle="Cụm ki ốt, ki ốt tại chợ huyện, chợ đầu mối và gian hàng hội chợ"
      create={{ label: "Thêm điểm bán", to: "/ocop/sales-points/create" }}
      state={list}
      rows={data?.sales_points}
      count={data?.count}
      isLoading={isLoading}
      rowPath={(point) => `/ocop/sales-points/${point.id}`}
      empty="Không có điểm bán nào khớp."
      columns={[
        // Narrow enough that the count and the state stay in view at 1280 px; the whole text shows on hover.
        { header: "Tên", cell: (p) => p.name, className: "max-w-[14rem] truncate", title: (p) => p.name },
        { header: "Loại", cell: (p) => salesPointTypeLabel(p.type), className: "max-w-[10rem] truncate", title: (p) => salesPointTypeLabel(p.type) },
        { header: "Chợ", cell: (p) => p.market_name || "—", className: "max-w-[11rem] truncate", title: (p) => p.market_name },
        { header: "Giờ mở cửa", cell: (p) => p.opening_hours_vi, className: "max-w-[9rem] truncate", title: (p) => p.opening_hours_vi },
        { header: "Sản phẩm", cell: (p) => p.product_count ?? 0, align: "right" },
        {
          header: "Trạng thái",
          cell: (p) => <StatusBadge color={p.active ? "green" : "grey"}>{p.active ? "Hoạt động" : "Tạm ngừng"}</StatusBadge>,
          align: "right",
        },
      ]}
    />
  )
}

export const config = defineRouteConfig({ label: "Điểm bán", icon: BuildingStorefront })

export default SalesPointsPage
