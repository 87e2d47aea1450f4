import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Input, Label, StatusBadge, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { errorMessage } from "../../../kit/api-error"
import { EmptyNote, SectionHeader } from "../../../kit/section"
import { formatDate } from "../../../lib/labels"
import { downloadStatementCsv, usePayouts, useRecordPayout, type PayoutRow } from "../../../lib/payouts-api"

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

/** Last month in Vietnam: the month paid out now. */
function lastMonth() {
  const now = new Date(Date.now() + 7 * 3600_000)
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7)
}

/**
 * Paying producers (issue 17): a month's statement per producer, what the platform still owes each, and the
 * VietQR code of exactly that amount to the producer's own account, so a transfer is one scan in the platform's
 * banking app; then the transfer's bank reference is recorded against the month.
 */
const PayoutsPage = () => {
  const [period, setPeriod] = useState(lastMonth)
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = usePayouts(period, offset)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title="Thanh toán cho chủ thể"
          subtitle="Sao kê tháng của từng chủ thể: tiền sàn thu trực tuyến trừ hoa hồng trên các đơn đã thu tiền. Quét mã VietQR để chuyển đúng số còn lại, rồi ghi mã giao dịch."
          actions={
            <div className="flex items-center gap-x-2">
              <Label htmlFor="payout-month">Tháng</Label>
              <Input id="payout-month" type="month" value={period} onChange={(e) => (setPeriod(e.target.value || lastMonth()), setOffset(0))} />
            </div>
          }
        />
        {isLoading && <EmptyNote centered>Đang tải…</EmptyNote>}
        {data && data.producers.length === 0 && <EmptyNote centered>Không có chủ thể nào có đơn hàng trong tháng này.</EmptyNote>}
      </Container>
      {data?.producers.map((row) => <ProducerPayout key={row.producer.id} row={row} period={data.period} />)}
      {data && data.count > data.limit && (
        <div className="flex items-center justify-between">
          <Button variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - data.limit))}>
            Trang trước
          </Button>
          <Text size="small">
            {offset + 1}–{Math.min(offset + data.limit, data.count)} / {data.count}
          </Text>
          <Button variant="secondary" disabled={offset + data.limit >= data.count} onClick={() => setOffset(offset + data.limit)}>
            Trang sau
          </Button>
        </div>
      )}
    </div>
  )
}

function ProducerPayout({ row, period }: { row: PayoutRow; period: string }) {
  const record = useRecordPayout()
  const [amount, setAmount] = useState("")
  const [reference, setReference] = useState("")
  const { totals, payout_account: account, transfer } = row
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await record.mutateAsync({ producer_id: row.producer.id, period, amount: Number(amount.replace(/\D/g, "") || transfer?.amount || 0), bank_reference: reference })
      toast.success(`Đã ghi khoản chuyển cho ${row.producer.name}`)
      setAmount("")
      setReference("")
    } catch (error) {
      toast.error(errorMessage(error) ?? "Không ghi được khoản chuyển")
    }
  }
  const figures: [string, number][] = [
    ["Doanh số", totals.sales],
    ["Hoa hồng (đã thu tiền)", totals.commission_settled],
    ["Sàn đã thu", totals.collected_by_platform],
    ["Vận chuyển thu (COD)", totals.collected_by_couriers],
    ["Sàn phải trả", totals.amount_due],
    ["Đã chuyển", totals.paid_out],
  ]
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title={row.producer.name}
        subtitle={`${totals.orders} đơn · chưa thu tiền ${vnd.format(totals.awaiting)}`}
        actions={
          <div className="flex items-center gap-x-2">
            <StatusBadge color={totals.balance > 0 ? "orange" : totals.balance < 0 ? "red" : "green"}>
              {totals.balance > 0 ? `Còn nợ ${vnd.format(totals.balance)}` : totals.balance < 0 ? `Chủ thể nợ sàn ${vnd.format(-totals.balance)}` : "Đã trả đủ"}
            </StatusBadge>
            <Button size="small" variant="secondary" onClick={() => downloadStatementCsv(row.producer.id, row.producer.handle, period).catch(() => toast.error("Không tải được sao kê"))}>
              Sao kê CSV
            </Button>
          </div>
        }
      />
      <dl className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-6">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt className="text-ui-fg-subtle txt-small">{label}</dt>
            <dd className="txt-compact-medium-plus tabular-nums">{vnd.format(value)}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-6 px-6 py-4">
        <div className="min-w-0 flex-1">
          <Text size="small" weight="plus">
            Tài khoản nhận tiền
          </Text>
          <Text size="small" className={account ? "" : "text-ui-fg-error"}>
            {account ? `${account.bank_name ?? account.bank_bin} · ${account.account_number} · ${account.account_name}` : "Chủ thể chưa khai báo tài khoản nhận tiền (Kênh người bán → Sao kê)."}
          </Text>
          {row.payouts.length > 0 && (
            <ul className="mt-2 space-y-1">
              {row.payouts.map((p) => (
                <li key={p.id}>
                  <Text size="small">
                    {formatDate(p.paid_at)} · {vnd.format(p.amount)} · mã GD {p.bank_reference}
                    {p.note ? ` · ${p.note}` : ""}
                  </Text>
                </li>
              ))}
            </ul>
          )}
          {totals.balance > 0 && (
            <form onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-2">
              <div>
                <Label htmlFor={`amount-${row.producer.id}`}>Số tiền đã chuyển (₫)</Label>
                <Input id={`amount-${row.producer.id}`} inputMode="numeric" placeholder={String(totals.balance)} value={amount} onChange={(e) => setAmount(e.target.value)} />
              </div>
              <div>
                <Label htmlFor={`ref-${row.producer.id}`}>Mã giao dịch ngân hàng</Label>
                <Input id={`ref-${row.producer.id}`} required value={reference} onChange={(e) => setReference(e.target.value)} />
              </div>
              <Button type="submit" size="small" isLoading={record.isPending}>
                Ghi khoản chuyển
              </Button>
            </form>
          )}
        </div>
        {transfer && (
          <figure className="w-48 shrink-0 text-center">
            {/* Our own backend's SVG (the qrcode package), not user input. */}
            <div className="bg-white p-1" dangerouslySetInnerHTML={{ __html: transfer.qr_svg }} />
            <figcaption className="txt-small mt-1">
              VietQR {vnd.format(transfer.amount)} · nội dung “{transfer.purpose}”
            </figcaption>
          </figure>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Thanh toán", icon: Cash })

export default PayoutsPage
