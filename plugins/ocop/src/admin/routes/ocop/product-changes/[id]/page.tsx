import { Button, Container, StatusBadge, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { errorMessage } from "../../../../kit/api-error"
import { DrawerPanel, useOnOpen } from "../../../../kit/drawer-panel"
import { Field } from "../../../../kit/field"
import { EmptyNote, SectionHeader } from "../../../../kit/section"
import { useDecideProductChange, useProductChange } from "../../../../lib/api"
import { formatDate } from "../../../../lib/labels"
import { describeChange, statusColor, statusLabel } from "../page"

const vnd = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 })

/**
 * One change beside the product as it is now: approve it (it goes live; a sales-point request puts the product on
 * or takes it off that place's shelf and the store's "where to buy") or refuse it, saying why.
 */
const ProductChangePage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, error } = useProductChange(id)
  const decide = useDecideProductChange(id)
  const [open, setOpen] = useState(false)
  const change = data?.product_change
  if (isLoading) return <EmptyNote centered>Đang tải…</EmptyNote>
  if (error || !change) return <EmptyNote centered>Không tìm thấy yêu cầu này.</EmptyNote>
  const rows: [string, string | null | undefined][] = [
    ["Chủ thể", change.producer?.name],
    ["Sản phẩm hiện nay", change.product ? `${change.product.title}${change.product.title_en ? ` (${change.product.title_en})` : ""}` : null],
    ["Quy cách hiện có", change.product?.variants.join(", ")],
    ["Đang bán tại", change.sales_point ? change.product?.sales_points.join(", ") || "Chưa có điểm bán nào" : null],
    ["Yêu cầu", describeChange(change)],
    ["Điểm bán", change.sales_point ? `${change.sales_point.name}${change.sales_point.active ? "" : " (đã ngừng hoạt động)"}` : null],
    ["Tiếng Anh", change.changes.title_en ?? null],
    ["Giá", change.changes.price !== undefined ? `${vnd.format(change.changes.price)} ₫` : null],
    ["Tồn kho", change.changes.stock !== undefined ? String(change.changes.stock) : null],
    ["SKU", change.changes.sku ?? null],
    ["Quyết định", change.decided_at ? `${statusLabel(change.status)}, ${formatDate(change.decided_at)}` : null],
    ["Lý do từ chối", change.reason],
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title={describeChange(change)}
          subtitle={`Gửi ngày ${formatDate(change.created_at)}`}
          actions={
            <>
              <StatusBadge color={statusColor(change.status)}>{statusLabel(change.status)}</StatusBadge>
              {change.status === "pending" && (
                <>
                  <Button size="small" variant="danger" onClick={() => setOpen(true)}>
                    Từ chối
                  </Button>
                  <Button size="small" isLoading={decide.isPending} onClick={() => decide.mutate({ approve: true })}>
                    Duyệt
                  </Button>
                </>
              )}
            </>
          }
        />
        {!open && decide.error && (
          <Text size="small" className="px-6 py-3 text-ui-fg-error">
            {errorMessage(decide.error)}
          </Text>
        )}
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
      <RejectDrawer id={change.id} open={open} onOpenChange={setOpen} />
    </div>
  )
}

function RejectDrawer({ id, open, onOpenChange }: { id: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const decide = useDecideProductChange(id)
  const [reason, setReason] = useState("")
  useOnOpen(open, () => {
    setReason("")
    decide.reset()
  })
  return (
    <DrawerPanel
      open={open}
      onOpenChange={onOpenChange}
      title="Từ chối thay đổi"
      description="Sản phẩm giữ nguyên như khi được chấm điểm; chủ thể đọc lý do trong Kênh người bán."
      error={errorMessage(decide.error)}
      action={{
        label: "Từ chối",
        pending: decide.isPending,
        onSubmit: () => decide.mutate({ approve: false, reason: reason.trim() }, { onSuccess: () => onOpenChange(false) }),
      }}
    >
      <Field label="Lý do (chủ thể sẽ thấy)" htmlFor="reason">
        <Textarea id="reason" value={reason} onChange={(event) => setReason(event.target.value)} rows={3} maxLength={500} />
      </Field>
    </DrawerPanel>
  )
}

export default ProductChangePage
