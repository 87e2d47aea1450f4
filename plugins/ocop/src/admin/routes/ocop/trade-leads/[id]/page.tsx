import { Button, Container, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { LeadStatusDrawer } from "../../../../components/lead-status-drawer"
import { nextStatuses } from "../../../../../modules/fair/lead-status"
import { EmptyNote, Section, SectionHeader } from "../../../../kit/section"
import { useTradeLead } from "../../../../lib/api"
import { formatDate, formatPhone } from "../../../../lib/labels"
import { formatVnd, LEAD_SOURCE_LABEL, LEAD_STATUS_COLOR, leadStatusLabel } from "../../../../lib/lead-labels"

const ACTOR: Record<string, string> = { buyer: "Khách gửi yêu cầu", producer: "Kênh người bán", user: "Ban tổ chức", seed: "Ghi nhận" }

/** One enquiry: who asked whom for what, and how it went, step by step. */
const TradeLeadPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, error } = useTradeLead(id)
  const [open, setOpen] = useState(false)
  const lead = data?.trade_lead
  if (isLoading) return <EmptyNote centered>Đang tải…</EmptyNote>
  if (error || !lead) return <EmptyNote centered>Không tìm thấy khách hỏi mua này.</EmptyNote>
  const rows: [string, string | null | undefined][] = [
    ["Đơn vị", lead.organisation],
    ["Điện thoại", lead.phone ? formatPhone(lead.phone) : null],
    ["E-mail", lead.email],
    ["Chủ thể", lead.producer?.name],
    ["Sản phẩm", lead.product?.title],
    ["Hội chợ", lead.fair ? `${lead.fair.name}${lead.booth ? `, gian hàng ${lead.booth.number}` : ""}` : null],
    ["Nguồn", LEAD_SOURCE_LABEL[lead.source]],
    ["Thị trường", lead.market],
    ["Số lượng", lead.quantity],
    ["Lời nhắn", lead.note],
    ["Giá trị hợp đồng", lead.contract_value ? formatVnd(lead.contract_value) : null],
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title={lead.buyer_name}
          subtitle={`Gửi ngày ${formatDate(lead.created_at)} · viết bằng ${lead.locale === "en" ? "tiếng Anh" : "tiếng Việt"}`}
          actions={
            <>
              <StatusBadge color={LEAD_STATUS_COLOR[lead.status]}>{leadStatusLabel(lead.status)}</StatusBadge>
              {nextStatuses(lead.status).length > 0 && (
                <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
                  Ghi kết quả
                </Button>
              )}
            </>
          }
        />
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 px-6 py-4 md:grid-cols-2">
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label}>
                <Text size="small" className="text-ui-fg-subtle" asChild>
                  <dt>{label}</dt>
                </Text>
                <Text size="small" asChild>
                  <dd className="whitespace-pre-line break-words">{value}</dd>
                </Text>
              </div>
            ))}
        </dl>
      </Container>
      <Section title="Diễn biến" subtitle={`${lead.events.length} lần ghi`}>
        <ol className="flex flex-col gap-y-3 px-6 py-4">
          {lead.events.map((event) => (
            <li key={event.id}>
              <Text size="small" weight="plus">
                {leadStatusLabel(event.status)}
                {event.contract_value ? ` · ${formatVnd(event.contract_value)}` : ""}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {formatDate(event.created_at)} · {ACTOR[event.actor.split(":")[0]!] ?? event.actor}
              </Text>
              {event.note && <Text size="small">{event.note}</Text>}
            </li>
          ))}
        </ol>
      </Section>
      {lead.fair && (
        <Text size="small">
          <Link to={`/ocop/trade-leads?fair_id=${lead.fair.id}`} className="text-ui-fg-interactive">
            Khách hỏi mua của {lead.fair.name}
          </Link>
        </Text>
      )}
      <LeadStatusDrawer lead={lead} open={open} onOpenChange={setOpen} />
    </div>
  )
}

export default TradeLeadPage
