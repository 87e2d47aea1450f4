import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Button, Container, Skeleton, Table, Text } from "@medusajs/ui"
import { lazy, Suspense, useState } from "react"
import { Link } from "react-router-dom"
import { STATUS_LABELS } from "../../../../programme/status"
import { ALL } from "../../../kit/list-page"
import { EmptyNote, Section, SectionHeader } from "../../../kit/section"
import { SelectInput } from "../../../kit/select-input"
import { useProgramme } from "../../../lib/api"
import { entityTypeLabel, formatDate, salesPointTypeLabel } from "../../../lib/labels"
import type { Programme } from "../../../lib/types"

// Recharts is loaded with this page only (components/programme-charts.tsx).
// (TypeScript reads the plugin as CommonJS, where a dynamic import's default is the whole module; Vite gives the component.)
const ProgrammeCharts = lazy(async () => {
  const loaded: any = await import("../../../components/programme-charts.js")
  return { default: (loaded.default?.default ?? loaded.default) as typeof import("../../../components/programme-charts.js").default }
})

type Target = Programme["plans"][number]["targets"][number]

const STATUS_COLOUR: Record<Target["status"], "green" | "red" | "orange" | "grey" | "blue"> = {
  met: "green",
  exceeded: "green",
  not_met: "red",
  in_progress: "orange",
  not_started: "grey",
  no_data: "grey",
}

const number = new Intl.NumberFormat("vi-VN")

/**
 * Print: only the dashboard, on A4 landscape, without the admin's sidebar and header; charts keep their
 * sections whole. Screen: unchanged.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  html, body { height: auto !important; overflow: visible !important; }
  /* The admin's frame scrolls inside fixed-height boxes: its boxes around the dashboard let the pages flow... */
  body *:has([data-print-root]) {
    display: block !important; position: static !important; overflow: visible !important;
    height: auto !important; min-height: 0 !important; max-height: none !important;
    width: auto !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  }
  /* ...and everything else (sidebar, top bar) is left out. */
  body *:not(:has([data-print-root])):not([data-print-root]):not([data-print-root] *) { display: none !important; }
  [data-print-hide] { display: none !important; }
  [data-print-root] .ocop-plan, [data-print-root] .ocop-chart { break-inside: avoid; }
  [data-print-root] * { box-shadow: none !important; }
}`

/** The plans' units as the seed writes them (English codes), in the officer's words. */
const UNIT: Record<string, string> = {
  products: "sản phẩm",
  organisations: "tổ chức",
  "sales points": "điểm bán",
  "product ideas": "ý tưởng",
  cooperatives: "HTX",
  "value chains": "chuỗi giá trị",
  "product ideas per district per year": "ý tưởng/huyện/năm",
  "%": "%",
}

function range(t: Target) {
  const { min, max, unit } = t.target
  const figure = max === null ? `≥ ${number.format(min)}` : max === min ? number.format(min) : `${number.format(min)}–${number.format(max)}`
  return `${figure} ${UNIT[unit] ?? unit}`
}

/** The actual against the target: the bar reaches the target's lowest figure at full width. */
function Progress({ target }: { target: Target }) {
  if (target.actual === null) return null
  const share = target.target.min > 0 ? Math.min(1, target.actual / target.target.min) : 1
  const colour = target.met ? "bg-ui-tag-green-icon" : target.status === "not_met" ? "bg-ui-tag-red-icon" : "bg-ui-tag-orange-icon"
  return (
    <div className="bg-ui-bg-component-hover h-2 w-32 overflow-hidden rounded-full" aria-hidden>
      <div className={`h-2 ${colour}`} style={{ width: `${Math.round(share * 100)}%` }} />
    </div>
  )
}

function PlanSection({ plan }: { plan: Programme["plans"][number] }) {
  return (
    <Container className="ocop-plan divide-y p-0" data-testid="programme-plan">
      <SectionHeader title={plan.plan} subtitle={`${formatDate(plan.period_start)} – ${formatDate(plan.period_end)} · ${plan.source}`} />
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Mục tiêu</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap text-right">Chỉ tiêu</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap text-right">Thực tế</Table.HeaderCell>
              <Table.HeaderCell>Đánh giá</Table.HeaderCell>
              <Table.HeaderCell>Cách tính</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {plan.targets.map((t) => (
              <Table.Row key={t.key} data-metric={t.metric}>
                <Table.Cell className="max-w-md whitespace-normal py-3">{t.label}</Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right">{range(t)}</Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right text-lg font-semibold" data-testid="target-actual">
                  {t.actual === null ? "—" : `${number.format(t.actual)}${t.target.unit === "%" ? " %" : ""}`}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">
                  <div className="flex flex-col gap-y-1">
                    <Badge size="2xsmall" color={STATUS_COLOUR[t.status]}>
                      {STATUS_LABELS[t.status].vi}
                    </Badge>
                    <Progress target={t} />
                    {!!t.gap && <Text size="xsmall" className="text-ui-fg-subtle">còn thiếu {number.format(t.gap)}</Text>}
                  </div>
                </Table.Cell>
                <Table.Cell className="max-w-xs whitespace-normal">
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t.basis.vi}
                    {!t.historical && " · không có lịch sử, số liệu hôm nay"}
                  </Text>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </Container>
  )
}

/**
 * The programme office's dashboard: each plan's targets beside what the register shows, met or not and how
 * far, then the figures as charts; a year picker reads everything as it stood on 31 December of that year.
 */
const ProgrammePage = () => {
  const [year, setYear] = useState<number | null>(null)
  const { data, isLoading, error } = useProgramme(year)
  const csv = `/admin/ocop/programme.csv${year ? `?year=${year}` : ""}`
  const asOf = data ? (data.year ? `31/12/${data.year}` : `hôm nay, ${formatDate(data.as_of)}`) : ""

  return (
    <div className="flex flex-col gap-y-3" data-print-root>
      <style>{PRINT_CSS}</style>
      <Container className="divide-y p-0">
        <SectionHeader
          title="Chương trình OCOP: mục tiêu và thực hiện"
          subtitle={data ? `Số liệu tính đến ${asOf}, từ lịch sử chứng nhận` : "Đang tải…"}
          actions={
            <div className="flex items-center gap-x-2" data-print-hide>
              <SelectInput
                size="small"
                className="w-44"
                value={year ? String(year) : ALL}
                onChange={(value) => setYear(value === ALL ? null : Number(value))}
                options={[{ value: ALL, label: "Hôm nay" }, ...(data?.years ?? []).map((y) => ({ value: String(y), label: `Cuối năm ${y}` }))]}
              />
              <Button size="small" variant="secondary" asChild>
                <a href={csv} download>
                  Tải CSV
                </a>
              </Button>
              <Button size="small" variant="secondary" onClick={() => window.print()}>
                In
              </Button>
              <Button size="small" variant="secondary" asChild>
                <Link to="/ocop/certifications">Sổ chứng nhận</Link>
              </Button>
            </div>
          }
        />
      </Container>
      {error && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Không tải được số liệu: {error.message}
          </Text>
        </Container>
      )}
      {isLoading && <Skeleton className="h-64 w-full" />}
      {data && (
        <>
          {data.plans.map((plan) => (
            <PlanSection key={plan.plan} plan={plan} />
          ))}
          <Section title="Số liệu" subtitle={`Tính đến ${asOf}; doanh số ${formatDate(data.figures.sales.window.from)} – ${formatDate(data.figures.sales.window.to)}`}>
            <Suspense fallback={<Skeleton className="m-6 h-64" />}>
              <ProgrammeCharts figures={data.figures} labels={{ kind: entityTypeLabel, pointType: salesPointTypeLabel }} />
            </Suspense>
            <FiguresTables figures={data.figures} />
          </Section>
        </>
      )}
    </div>
  )
}

function FiguresTables({ figures }: { figures: Programme["figures"] }) {
  return (
    <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
      <div className="ocop-chart">
        <Text size="small" weight="plus">
          Ứng viên 5 sao (4 sao, từ 85 điểm)
        </Text>
        {figures.five_star_candidates.length ? (
          <ul className="mt-2 flex flex-col gap-y-1" data-testid="five-star-candidates">
            {figures.five_star_candidates.map((c) => (
              <li key={c.product_id} className="txt-compact-small">
                <Link to={`/products/${c.product_id}`} className="text-ui-fg-interactive">
                  {c.title}
                </Link>{" "}
                · {c.score} điểm · {c.certificate_no} · hết hạn {formatDate(c.expires_at)}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyNote>Chưa có.</EmptyNote>
        )}
      </div>
      <div className="ocop-chart">
        <Text size="small" weight="plus">
          Tổ chức kinh tế có sản phẩm OCOP còn hiệu lực
        </Text>
        <ul className="mt-2 flex flex-col gap-y-1">
          {figures.organisations_with_certified_product.map((row) => (
            <li key={row.key} className="txt-compact-small">
              {entityTypeLabel(row.key)}: <strong>{row.count}</strong>
            </li>
          ))}
        </ul>
        <Text size="small" weight="plus" className="mt-4">
          Xúc tiến thương mại (hội chợ)
        </Text>
        {figures.fairs ? (
          <ul className="mt-2 flex flex-col gap-y-1">
            <li className="txt-compact-small">
              Chủ thể tham gia hội chợ: <strong>{figures.fairs.producers_share ?? "—"} %</strong> ({figures.fairs.producers_at_fairs}/{figures.fairs.producers_in_programme})
            </li>
            <li className="txt-compact-small">
              Sản phẩm có biên bản ghi nhớ, hợp đồng: <strong>{figures.fairs.agreement_share ?? "—"} %</strong> ({figures.fairs.with_agreement}/{figures.fairs.promoted})
            </li>
          </ul>
        ) : (
          <EmptyNote>Chưa có dữ liệu hội chợ.</EmptyNote>
        )}
      </div>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Chương trình", icon: ChartBar })

export default ProgrammePage
