import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare } from "@medusajs/icons"
import { StatusBadge } from "@medusajs/ui"
import { ListPage, useListState } from "../../../kit/list-page"
import { useProductChanges } from "../../../lib/api"
import { formatDate } from "../../../lib/labels"
import type { ProductChange } from "../../../lib/types"

export const CHANGE_STATUSES = [
  { value: "pending", label: "Chờ duyệt" },
  { value: "approved", label: "Đã duyệt" },
  { value: "rejected", label: "Đã từ chối" },
  { value: "withdrawn", label: "Đã thay bằng yêu cầu mới" },
]
export const CHANGE_KINDS = [
  { value: "title", label: "Tên mới" },
  { value: "variant", label: "Quy cách mới" },
  { value: "sales_point_add", label: "Xin bán tại điểm bán" },
  { value: "sales_point_remove", label: "Xin thôi bán tại điểm bán" },
]
export const statusColor = (status: ProductChange["status"]) => (status === "pending" ? "orange" : status === "approved" ? "green" : status === "rejected" ? "red" : "grey")
export const statusLabel = (status: ProductChange["status"]) => CHANGE_STATUSES.find((s) => s.value === status)?.label ?? status
const placeName = (change: ProductChange) => change.sales_point?.name ?? change.changes.sales_point_id ?? ""
export const describeChange = (change: ProductChange) =>
  change.kind === "title"
    ? `Tên mới: ${change.changes.title ?? change.product?.title ?? ""}`
    : change.kind === "variant"
      ? `Quy cách mới: ${change.changes.title ?? ""}`
      : change.kind === "sales_point_add"
        ? `Bán tại: ${placeName(change)}`
        : `Thôi bán tại: ${placeName(change)}`

/**
 * The review queue of producers' changes to certified products (a new title, a new variant): the certificate covers
 * the product as graded, so these go live only when the programme approves. Also producers' requests to sell a
 * product at one of the programme's sales points or take it off (docs/decisions/044). Waiting ones first, oldest first.
 */
const ProductChangesPage = () => {
  const list = useListState({
    filters: [
      { name: "status", allLabel: "Chờ duyệt", options: CHANGE_STATUSES.slice(1) },
      { name: "kind", allLabel: "Mọi loại thay đổi", options: CHANGE_KINDS },
    ],
  })
  const { data, isLoading } = useProductChanges(list.query)
  return (
    <ListPage<ProductChange>
      title="Thay đổi chờ duyệt"
      subtitle="Chủ thể đổi tên, thêm quy cách cho sản phẩm đã được chứng nhận, hoặc xin bày bán / thôi bán tại điểm bán: chỉ có hiệu lực khi ban quản lý duyệt"
      state={list}
      rows={data?.product_changes}
      count={data?.count}
      isLoading={isLoading}
      rowPath={(change) => `/ocop/product-changes/${change.id}`}
      empty="Không có thay đổi nào."
      columns={[
        { header: "Ngày gửi", cell: (c) => formatDate(c.created_at), className: "whitespace-nowrap" },
        { header: "Chủ thể", cell: (c) => c.producer?.name ?? "—", className: "max-w-[12rem] truncate", title: (c) => c.producer?.name ?? "" },
        { header: "Sản phẩm", cell: (c) => c.product?.title ?? "—", className: "max-w-[12rem] truncate", title: (c) => c.product?.title ?? "" },
        { header: "Thay đổi", cell: describeChange, className: "max-w-[16rem] truncate", title: describeChange },
        { header: "Trạng thái", cell: (c) => <StatusBadge color={statusColor(c.status)}>{statusLabel(c.status)}</StatusBadge>, align: "right" },
      ]}
    />
  )
}

export const config = defineRouteConfig({ label: "Thay đổi sản phẩm", icon: PencilSquare })

export default ProductChangesPage
