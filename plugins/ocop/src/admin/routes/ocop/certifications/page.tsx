import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Button, Checkbox, Input, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { OLD_DISTRICTS } from "../../../../modules/ocop/places/old-districts"
import { CRITERIA_VERSION_CODES, CRITERIA_VERSIONS, RENEWAL_REMINDER_DAYS } from "../../../../modules/ocop/rules"
import { Stars } from "../../../components/stars"
import { StateBadge } from "../../../components/state-badge"
import { ListPage, useListState, type Column } from "../../../kit/list-page"
import { SelectInput } from "../../../kit/select-input"
import { errorMessage } from "../../../kit/api-error"
import { useCertificationList, useProducers, useRemindProducers } from "../../../lib/api"
import { daysLeft, formatDate } from "../../../lib/labels"
import type { ListedCertification } from "../../../lib/types"

const GROUPS = [
  ...new Map(Object.values(CRITERIA_VERSIONS).flatMap((v) => v.groups.map((g) => [g.code, { value: g.code, label: g.name_vi }] as const))).values(),
]
const STATES = [
  { value: "expiring", label: "Sắp hết hạn" },
  { value: "valid", label: "Còn hiệu lực" },
  { value: "expired", label: "Hết hạn" },
  { value: "revoked", label: "Đã thu hồi" },
  { value: "not_yet_valid", label: "Chưa có hiệu lực" },
]
const SORTS = [
  { value: "expires_at", label: "Hết hạn sớm nhất" },
  { value: "-expires_at", label: "Hết hạn muộn nhất" },
  { value: "-issued_at", label: "Cấp mới nhất" },
  { value: "issued_at", label: "Cấp cũ nhất" },
]

/**
 * The register's certificates: filter by state (expiring within N days, valid, expired, revoked), stars, group,
 * producer, old district and criteria version, sort by expiry, and remind the producers of the chosen ones to
 * renew. The renewal pipeline of the programme office: expiring within 90 days, sorted by expiry.
 */
const CertificationsPage = () => {
  const [params] = useSearchParams()
  const producers = useProducers({ limit: 100, order: "name" })
  const list = useListState({
    initial: { state: params.get("state") ?? "expiring" },
    filters: [
      { name: "state", allLabel: "Mọi trạng thái", options: STATES, className: "w-40" },
      { name: "stars", allLabel: "Mọi hạng sao", options: [3, 4, 5].map((s) => ({ value: String(s), label: `${s} sao` })), className: "w-32" },
      { name: "group", allLabel: "Mọi nhóm", options: GROUPS, className: "w-44" },
      {
        name: "producer",
        allLabel: "Mọi chủ thể",
        options: (producers.data?.producers ?? []).map((p) => ({ value: p.id, label: p.name })),
        className: "w-56",
      },
      { name: "district", allLabel: "Mọi huyện cũ", options: OLD_DISTRICTS.map((d) => ({ value: d.code, label: `${d.kind} ${d.name}` })), className: "w-48" },
      { name: "criteria_version", allLabel: "Mọi bộ tiêu chí", options: CRITERIA_VERSION_CODES.map((c) => ({ value: c, label: c })), className: "w-36" },
    ],
  })
  const [days, setDays] = useState(params.get("expires_within") ?? String(RENEWAL_REMINDER_DAYS[0]))
  const [order, setOrder] = useState("expires_at")
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const expiring = list.chosen("state") === "expiring"
  const validDays = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 3650
  const query = {
    ...list.query,
    q: list.q || undefined,
    order,
    product_id: params.get("product_id") ?? undefined,
    expires_within: expiring && validDays ? Number(days) : undefined,
  }
  const { data, isLoading } = useCertificationList(query)
  const remind = useRemindProducers()
  const rows = data?.certifications
  const remindable = useMemo(() => (rows ?? []).filter((c) => c.state === "valid" && c.producer), [rows])

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  const sendReminders = () =>
    remind.mutate([...selected], {
      onSuccess: (result) => {
        setSelected(new Set())
        toast.success(
          `Đã gửi nhắc gia hạn cho ${result.reminded.length} giấy chứng nhận` +
            (result.already_reminded_today.length ? `; ${result.already_reminded_today.length} đã được nhắc hôm nay` : "")
        )
      },
      onError: (error) => toast.error(errorMessage(error) ?? "Lỗi"),
    })

  const columns: Column<ListedCertification>[] = [
    {
      header: "Chọn",
      cell: (c) =>
        c.state === "valid" && c.producer ? (
          <Checkbox aria-label={`Chọn ${c.certificate_no ?? c.id}`} checked={selected.has(c.id)} onCheckedChange={(on) => toggle(c.id, on === true)} />
        ) : null,
      className: "w-10",
    },
    { header: "Số giấy chứng nhận", cell: (c) => c.certificate_no ?? `${c.score} điểm`, className: "whitespace-nowrap" },
    {
      header: "Sản phẩm",
      cell: (c) =>
        c.product ? (
          <Link to={`/products/${c.product.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {c.product.title}
          </Link>
        ) : (
          "—"
        ),
      className: "max-w-[16rem] truncate",
      title: (c) => c.product?.title ?? "",
    },
    { header: "Chủ thể", cell: (c) => (c.producer ? <Link to={`/ocop/producers/${c.producer.id}`}>{c.producer.name}</Link> : "—"), className: "max-w-[14rem] truncate", title: (c) => c.producer?.name ?? "" },
    { header: "Huyện cũ", cell: (c) => c.district?.name ?? "—", className: "whitespace-nowrap" },
    { header: "Hạng", cell: (c) => <Stars count={c.stars} />, className: "whitespace-nowrap" },
    {
      header: "Hết hạn",
      cell: (c) => (
        <div className="flex flex-col">
          <span>{formatDate(c.expires_at)}</span>
          {c.state === "valid" && <Text size="xsmall" className="text-ui-fg-subtle">{daysLeft(c.expires_at)}</Text>}
        </div>
      ),
      className: "whitespace-nowrap",
    },
    { header: "Trạng thái", cell: (c) => <StateBadge state={c.state} />, className: "whitespace-nowrap" },
    {
      header: "Nhắc gia hạn",
      cell: (c) =>
        c.renewed_by ? (
          <Text size="xsmall">Đã gia hạn</Text>
        ) : c.last_reminder ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {c.last_reminder.stage ? `Tự động ${c.last_reminder.stage} ngày` : "Cán bộ nhắc"} · {formatDate(c.last_reminder.created_at)}
          </Text>
        ) : (
          <Text size="xsmall" className="text-ui-fg-muted">Chưa</Text>
        ),
      className: "whitespace-nowrap",
    },
  ]

  return (
    <ListPage<ListedCertification>
      title="Sổ chứng nhận OCOP"
      subtitle={
        params.get("product_id")
          ? "Các giấy chứng nhận của một sản phẩm"
          : "Giấy chứng nhận của mọi sản phẩm: lọc, sắp theo ngày hết hạn, nhắc chủ thể gia hạn"
      }
      state={list}
      search="Số giấy chứng nhận hoặc quyết định"
      rows={rows}
      count={data?.count}
      isLoading={isLoading}
      empty="Không có giấy chứng nhận nào khớp."
      columns={columns}
      actions={
        <>
          <Button size="small" variant="secondary" asChild>
            <a href="/admin/ocop/register.csv" download>
              Xuất CSV
            </a>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <a href="/admin/ocop/register.xlsx" download>
              Xuất XLSX
            </a>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/ocop/certifications/import">Nhập quyết định</Link>
          </Button>
        </>
      }
      toolbar={
        <>
          {expiring && (
            <label className="txt-compact-small text-ui-fg-subtle flex items-center gap-x-2">
              trong
              <Input
                size="small"
                type="number"
                min={1}
                max={3650}
                className="w-20"
                aria-label="Số ngày tới khi hết hạn"
                value={days}
                onChange={(e) => setDays(e.target.value)}
              />
              ngày
            </label>
          )}
          <SelectInput size="small" className="w-48" value={order} onChange={setOrder} options={SORTS} />
          <Button
            size="small"
            variant="primary"
            disabled={!selected.size || remind.isPending}
            isLoading={remind.isPending}
            onClick={sendReminders}
          >
            Nhắc chủ thể gia hạn{selected.size ? ` (${selected.size})` : ""}
          </Button>
          {remindable.length > 0 && (
            <Button size="small" variant="transparent" onClick={() => setSelected(new Set(remindable.map((c) => c.id)))}>
              Chọn cả trang ({remindable.length})
            </Button>
          )}
        </>
      }
    />
  )
}

export const config = defineRouteConfig({ label: "Chứng nhận", icon: DocumentText })

export default CertificationsPage
