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
export const statusColor = (status: ProductChange["status"]) => (status === "pending" ? "orange" : status === "approved" ? "green" : status === "rejected" ? "red" : "grey")
export const statusLabel = (status: ProductChange["status"]) => CHANGE_STATUSES.find((s) => s.value === status)?.label ?? status
export const describeChange = (change: ProductChange) =>
  change.kind === "title" ? `Tên mới: ${change.changes.title ?? change.product?.title ?? ""}` : `Quy cách mới: ${change.changes.title ?? ""}`

/**
 * The review queue of producers' changes to certified products (a new title, a new variant): the certificate covers
 * the product as graded, so these go live only when the programme approves. Waiting ones first, oldest first.
 */
const ProductChangesPage = () => {
  const list = useListState({ filters: [{ name: "status", allLabel: "Chờ duyệt", options: CHANGE_STATUSES.slice(1) }] })
  const { data, isLoading } = useProductChanges(list.query)
  return (
    <ListPage<ProductChange>
      title="Thay đổi chờ duyệt"
      subtitle="Chủ thể đổi tên hoặc thêm quy cách cho sản phẩm đã được chứng nhận: chỉ hiện khi ban quản lý duyệt"
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
