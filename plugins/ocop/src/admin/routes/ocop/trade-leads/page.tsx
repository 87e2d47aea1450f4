import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { StatusBadge } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { TRADE_LEAD_STATUSES } from "../../../../modules/fair/lead-status"
import { ListPage, useListState } from "../../../kit/list-page"
import { useTradeLeads } from "../../../lib/api"
import { formatDate } from "../../../lib/labels"
import { formatVnd, LEAD_SOURCE_LABEL, LEAD_STATUS_COLOR, leadStatusLabel } from "../../../lib/lead-labels"
import type { TradeLead } from "../../../lib/types"

const STATUSES = TRADE_LEAD_STATUSES.map((status) => ({ value: status, label: leadStatusLabel(status) }))

/** Every buyer's enquiry, newest first: of one fair (from its page) or all, by status, found by the buyer's name or contact. */
const TradeLeadsPage = () => {
  const [search] = useSearchParams()
  const fairId = search.get("fair_id") ?? undefined
  const list = useListState({ filters: [{ name: "status", allLabel: "Mọi trạng thái", options: STATUSES }] })
  const { data, isLoading } = useTradeLeads({ ...list.query, fair_id: fairId })
  return (
    <ListPage<TradeLead>
      title="Khách hỏi mua"
      subtitle="Yêu cầu mua hàng từ mã QR gian hàng, trang hội chợ và trang sản phẩm, và kết quả của chúng"
      state={list}
      rows={data?.trade_leads}
      count={data?.count}
      isLoading={isLoading}
      rowPath={(lead) => `/ocop/trade-leads/${lead.id}`}
      empty="Chưa có khách hỏi mua nào khớp."
      columns={[
        { header: "Ngày", cell: (l) => formatDate(l.created_at), className: "whitespace-nowrap" },
        { header: "Người mua", cell: (l) => l.buyer_name, className: "max-w-[11rem] truncate", title: (l) => l.organisation ?? l.buyer_name },
        { header: "Chủ thể", cell: (l) => l.producer?.name ?? "—", className: "max-w-[12rem] truncate", title: (l) => l.producer?.name ?? "" },
        { header: "Hội chợ", cell: (l) => (l.fair ? `${l.fair.name}${l.booth ? ` · ${l.booth.number}` : ""}` : LEAD_SOURCE_LABEL[l.source]), className: "max-w-[12rem] truncate", title: (l) => l.fair?.name ?? "" },
        { header: "Hợp đồng", cell: (l) => (l.contract_value ? formatVnd(l.contract_value) : "—"), align: "right" },
        { header: "Trạng thái", cell: (l) => <StatusBadge color={LEAD_STATUS_COLOR[l.status]}>{leadStatusLabel(l.status)}</StatusBadge>, align: "right" },
      ]}
    />
  )
}

export const config = defineRouteConfig({ label: "Khách hỏi mua", icon: ChatBubbleLeftRight })

export default TradeLeadsPage
