import { ArrowDownTray, PencilSquare, Trash } from "@medusajs/icons"
import { Button, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { BoothDrawer } from "../../../../components/booth-drawer"
import { FAIR_FIELDS } from "../../../../components/fair-fields"
import { ZoneDrawer } from "../../../../components/zone-drawer"
import { ActionMenu } from "../../../../kit/action-menu"
import { errorMessage } from "../../../../kit/api-error"
import { DetailPage } from "../../../../kit/record-pages"
import { EmptyNote, Section } from "../../../../kit/section"
import { downloadFairQr, downloadLeadsCsv, useDeleteBooth, useDeleteFair, useDeleteZone, useFair, useTradeLeads, useUpdateFair } from "../../../../lib/api"
import { formatDate } from "../../../../lib/labels"
import { formatVnd, LEAD_STATUS_COLOR, leadStatusLabel } from "../../../../lib/lead-labels"
import type { Booth, Fair, Zone } from "../../../../lib/types"

/** A fair: its details, figures, zones, booths (with the link to each booth's page and QR code) and its leads. */
const FairPage = () => {
  const { id = "" } = useParams()
  return (
    <DetailPage
      load={useFair(id)}
      record={(data) => data.fair}
      title={(fair) => fair.name}
      subtitle={(fair) => `${formatDate(fair.first_day)} – ${formatDate(fair.last_day)} · ${fair.venue_name} · ${fair.published ? "đã công bố" : "bản nháp"}`}
      fields={FAIR_FIELDS}
      update={useUpdateFair(id)}
      saved="Đã lưu hội chợ"
      remove={{
        mutation: useDeleteFair(id),
        name: (fair) => fair?.name ?? "hội chợ",
        description: "Gian hàng và điểm bán của hội chợ bị xoá theo. Hội chợ đã có khách hỏi mua thì được giữ lại: hãy thôi công bố.",
        done: "Đã xoá hội chợ",
        listPath: "/ocop/fairs",
      }}
    >
      {(fair) => (
        <>
          <Figures fair={fair} />
          <Zones fair={fair} />
          <Booths fair={fair} />
          <Leads fair={fair} />
        </>
      )}
    </DetailPage>
  )
}

function Figures({ fair }: { fair: Fair }) {
  const f = fair.figures
  const cells: [string, string | number][] = [
    ["Gian hàng", f.booths],
    ["Chủ thể", f.exhibitors],
    ["Khách hỏi mua", f.leads.total],
    ["Chưa liên hệ", f.leads.new],
    ["Biên bản ghi nhớ", f.memoranda],
    ["Hợp đồng", `${f.contracts.count} · ${formatVnd(f.contracts.value)}`],
    ["Lượt quét mã QR", f.scans.total],
    ["Đơn hàng từ hội chợ", `${f.orders.count} · ${formatVnd(f.orders.value)}`],
  ]
  const byBooth = new Map<string, { scans: number; orders: number; value: number }>()
  for (const row of f.scans.by_booth) byBooth.set(row.number, { scans: row.scans, orders: 0, value: 0 })
  for (const row of f.orders.by_booth) byBooth.set(row.number, { scans: byBooth.get(row.number)?.scans ?? 0, orders: row.count, value: row.value })
  return (
    <Section title="Số liệu" subtitle={<a href={fair.public_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">{fair.public_url}</a>}>
      <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-3">
        {cells.map(([label, value]) => (
          <div key={label} className="shadow-elevation-card-rest bg-ui-bg-component rounded-lg px-4 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              {label}
            </Text>
            <Text size="large" weight="plus">
              {value}
            </Text>
          </div>
        ))}
      </div>
      {byBooth.size > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Gian</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Lượt quét</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Đơn hàng</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Giá trị</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {[...byBooth.entries()].map(([number, row]) => (
              <Table.Row key={number}>
                <Table.Cell className="font-medium">{number}</Table.Cell>
                <Table.Cell className="text-right">{row.scans}</Table.Cell>
                <Table.Cell className="text-right">{row.orders}</Table.Cell>
                <Table.Cell className="text-right">{formatVnd(row.value)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}

function Zones({ fair }: { fair: Fair }) {
  const [editing, setEditing] = useState<Zone | null | undefined>(undefined)
  const remove = useDeleteZone(fair.id)
  return (
    <Section
      title="Khu"
      subtitle={`${fair.zones.length} khu`}
      actions={
        <Button size="small" variant="secondary" onClick={() => setEditing(null)}>
          Thêm khu
        </Button>
      }
    >
      {fair.zones.length ? (
        <Table>
          <Table.Body>
            {fair.zones.map((zone) => (
              <Table.Row key={zone.id}>
                <Table.Cell className="w-16 font-medium">{zone.code}</Table.Cell>
                <Table.Cell>{zone.name}</Table.Cell>
                <Table.Cell className="text-ui-fg-subtle">{zone.name_en ?? ""}</Table.Cell>
                <Table.Cell className="w-12 text-right">
                  <ActionMenu
                    actions={[
                      { label: "Sửa", icon: <PencilSquare />, onClick: () => setEditing(zone) },
                      {
                        label: "Xoá",
                        icon: <Trash />,
                        danger: true,
                        onClick: () => remove.mutate(zone.id, { onError: (e) => toast.error(errorMessage(e) ?? "Không xoá được") }),
                      },
                    ]}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <EmptyNote>Chưa có khu nào.</EmptyNote>
      )}
      <ZoneDrawer fairId={fair.id} zone={editing ?? null} open={editing !== undefined} onOpenChange={(open) => !open && setEditing(undefined)} />
    </Section>
  )
}

function Booths({ fair }: { fair: Fair }) {
  const [editing, setEditing] = useState<Booth | null | undefined>(undefined)
  const remove = useDeleteBooth(fair.id)
  const zoneCode = (id: string | null) => fair.zones.find((z) => z.id === id)?.code ?? "—"
  const qr = (booth: Booth, product: Booth["products"][number] | null, format: "svg" | "png") => () =>
    downloadFairQr(fair.id, booth.id, product?.id ?? null, format, `${fair.handle}-gian-${booth.number}${product ? `-${product.handle}` : ""}`).catch((e) =>
      toast.error(errorMessage(e) ?? "Không tải được mã QR")
    )
  return (
    <Section
      title="Gian hàng"
      subtitle={`${fair.booths.length} gian hàng · chỉ sản phẩm đang được chứng nhận 3 sao trở lên của chính chủ thể`}
      actions={
        <Button size="small" variant="secondary" onClick={() => setEditing(null)}>
          Thêm gian hàng
        </Button>
      }
    >
      {fair.booths.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Số</Table.HeaderCell>
              <Table.HeaderCell>Khu</Table.HeaderCell>
              <Table.HeaderCell>Chủ thể</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Vị trí</Table.HeaderCell>
              <Table.HeaderCell>Trang và mã QR</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {fair.booths.map((booth) => (
              <Table.Row key={booth.id}>
                <Table.Cell className="font-medium">{booth.number}</Table.Cell>
                <Table.Cell>{zoneCode(booth.zone_id)}</Table.Cell>
                <Table.Cell className="max-w-[14rem] truncate" title={booth.producer?.name}>
                  {booth.producer?.name ?? booth.producer_id}
                </Table.Cell>
                <Table.Cell className="text-right" title={booth.products.map((p) => p.title).join(", ")}>
                  {booth.products.length}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap text-ui-fg-subtle">
                  {booth.x},{booth.y} · {booth.width}×{booth.height}
                </Table.Cell>
                <Table.Cell>
                  <a href={booth.page_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                    Mở để in
                  </a>
                </Table.Cell>
                <Table.Cell className="w-12 text-right">
                  <ActionMenu
                    actions={[
                      { label: "Sửa", icon: <PencilSquare />, onClick: () => setEditing(booth) },
                      { label: "Mã QR gian hàng (SVG)", icon: <ArrowDownTray />, onClick: qr(booth, null, "svg") },
                      { label: "Mã QR gian hàng (PNG)", icon: <ArrowDownTray />, onClick: qr(booth, null, "png") },
                      ...booth.products.flatMap((product) => [
                        { label: `Mã QR ${product.title} (SVG)`, icon: <ArrowDownTray />, onClick: qr(booth, product, "svg") },
                        { label: `Mã QR ${product.title} (PNG)`, icon: <ArrowDownTray />, onClick: qr(booth, product, "png") },
                      ]),
                      {
                        label: "Xoá",
                        icon: <Trash />,
                        danger: true,
                        onClick: () => remove.mutate(booth.id, { onError: (e) => toast.error(errorMessage(e) ?? "Không xoá được") }),
                      },
                    ]}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <EmptyNote>Chưa có gian hàng nào.</EmptyNote>
      )}
      <BoothDrawer fair={fair} booth={editing ?? null} open={editing !== undefined} onOpenChange={(open) => !open && setEditing(undefined)} />
    </Section>
  )
}

function Leads({ fair }: { fair: Fair }) {
  const { data } = useTradeLeads({ fair_id: fair.id, limit: 10 })
  const [busy, setBusy] = useState(false)
  const exportCsv = async () => {
    setBusy(true)
    try {
      await downloadLeadsCsv(fair.id, fair.handle)
    } catch (error) {
      toast.error(errorMessage(error) ?? "Không tải được tệp CSV")
    } finally {
      setBusy(false)
    }
  }
  return (
    <Section
      title="Khách hỏi mua"
      subtitle={`${data?.count ?? 0} yêu cầu · 10 yêu cầu mới nhất`}
      actions={
        <>
          <Button size="small" variant="secondary" isLoading={busy} onClick={exportCsv}>
            Tải CSV
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to={`/ocop/trade-leads?fair_id=${fair.id}`}>Xem tất cả</Link>
          </Button>
        </>
      }
    >
      {data?.trade_leads.length ? (
        <Table>
          <Table.Body>
            {data.trade_leads.map((lead) => (
              <Table.Row key={lead.id}>
                <Table.Cell className="whitespace-nowrap">{formatDate(lead.created_at)}</Table.Cell>
                <Table.Cell className="max-w-[12rem] truncate">
                  <Link to={`/ocop/trade-leads/${lead.id}`} className="text-ui-fg-interactive">
                    {lead.buyer_name}
                  </Link>
                </Table.Cell>
                <Table.Cell className="max-w-[12rem] truncate">{lead.producer?.name}</Table.Cell>
                <Table.Cell>{lead.booth?.number ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  <StatusBadge color={LEAD_STATUS_COLOR[lead.status]}>{leadStatusLabel(lead.status)}</StatusBadge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <EmptyNote>Chưa có khách hỏi mua.</EmptyNote>
      )}
    </Section>
  )
}

export default FairPage
