import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { StatusBadge } from "@medusajs/ui"
import { ListPage, useListState } from "../../../kit/list-page"
import { useReviews } from "../../../lib/api"
import { formatDate } from "../../../lib/labels"
import type { Review } from "../../../lib/types"

const STATUSES = [
  { value: "published", label: "Đang hiển thị" },
  { value: "hidden", label: "Đã ẩn" },
]

/** Buyers' reviews, newest first: the programme reads them and hides an abusive one (with the reason). */
const ReviewsPage = () => {
  const list = useListState({ filters: [{ name: "status", allLabel: "Mọi trạng thái", options: STATUSES }] })
  const { data, isLoading } = useReviews(list.query)
  return (
    <ListPage<Review>
      title="Đánh giá của người mua"
      subtitle="Người mua đã nhận hàng chấm 1–5 sao; đánh giá hiện ngay, ban quản lý ẩn đánh giá vi phạm kèm lý do"
      state={list}
      search="Tìm theo nội dung hoặc tên người viết"
      rows={data?.reviews}
      count={data?.count}
      isLoading={isLoading}
      rowPath={(review) => `/ocop/reviews/${review.id}`}
      empty="Chưa có đánh giá nào khớp."
      columns={[
        { header: "Ngày", cell: (r) => (r.created_at ? formatDate(r.created_at) : "—"), className: "whitespace-nowrap" },
        { header: "Sản phẩm", cell: (r) => r.product?.title ?? r.product_id, className: "max-w-[12rem] truncate", title: (r) => r.product?.title ?? "" },
        { header: "Sao", cell: (r) => `${"★".repeat(r.rating)}${"☆".repeat(5 - r.rating)}`, className: "whitespace-nowrap text-ui-tag-orange-icon" },
        { header: "Nội dung", cell: (r) => r.text, className: "max-w-[16rem] truncate", title: (r) => r.text },
        { header: "Người viết", cell: (r) => r.author_name || "—", className: "whitespace-nowrap" },
        {
          header: "Trạng thái",
          cell: (r) => <StatusBadge color={r.status === "hidden" ? "red" : "green"}>{r.status === "hidden" ? "Đã ẩn" : "Đang hiển thị"}</StatusBadge>,
          align: "right",
        },
      ]}
    />
  )
}

export const config = defineRouteConfig({ label: "Đánh giá", icon: Star })

export default ReviewsPage
