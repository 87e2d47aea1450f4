import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { StatusBadge } from "@medusajs/ui"
import { ListPage, useListState } from "../../../kit/list-page"
import { useFairs } from "../../../lib/api"
import { formatDate } from "../../../lib/labels"
import type { FairListItem } from "../../../lib/types"

const PHASES = [
  { value: "current", label: "Đang diễn ra" },
  { value: "upcoming", label: "Sắp diễn ra" },
  { value: "past", label: "Đã diễn ra" },
]
const phaseLabel = (phase: string) => PHASES.find((p) => p.value === phase)?.label ?? phase

/** The fairs the organisers run: drafts and published, by phase, with their booths, exhibitors and enquiries. */
const FairsPage = () => {
  const list = useListState({ filters: [{ name: "when", allLabel: "Mọi hội chợ", options: PHASES }] })
  const { data, isLoading } = useFairs({ ...list.query, order: "-starts_at" })
  return (
    <ListPage<FairListItem>
      title="Hội chợ OCOP"
      subtitle="Hội chợ, gian hàng theo khu, sản phẩm trưng bày và khách hỏi mua"
      create={{ label: "Thêm hội chợ", to: "/ocop/fairs/create" }}
      state={list}
      rows={data?.fairs}
      count={data?.count}
      isLoading={isLoading}
      rowPath={(fair) => `/ocop/fairs/${fair.id}`}
      empty="Chưa có hội chợ nào khớp."
      columns={[
        { header: "Tên", cell: (f) => f.name, className: "max-w-[16rem] truncate", title: (f) => f.name },
        { header: "Ngày", cell: (f) => `${formatDate(f.first_day)} – ${formatDate(f.last_day)}`, className: "whitespace-nowrap" },
        { header: "Địa điểm", cell: (f) => f.venue_name, className: "max-w-[10rem] truncate", title: (f) => f.address },
        { header: "Gian hàng", cell: (f) => f.booth_count, align: "right" },
        { header: "Khách hỏi mua", cell: (f) => f.lead_count, align: "right" },
        { header: "Lượt quét QR", cell: (f) => f.scan_count, align: "right" },
        { header: "Đơn hàng", cell: (f) => f.order_count, align: "right" },
        {
          header: "Trạng thái",
          cell: (f) => (
            <StatusBadge color={!f.published ? "grey" : f.phase === "current" ? "green" : f.phase === "upcoming" ? "blue" : "orange"}>
              {f.published ? phaseLabel(f.phase) : "Bản nháp"}
            </StatusBadge>
          ),
          align: "right",
        },
      ]}
    />
  )
}

export const config = defineRouteConfig({ label: "Hội chợ", icon: CalendarSolid })

export default FairsPage
