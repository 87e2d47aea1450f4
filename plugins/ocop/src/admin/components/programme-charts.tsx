/**
 * The programme dashboard's charts, drawn by Recharts as SVG: sharp on a projector and on paper, text that
 * prints. Loaded on its own (React.lazy from the programme page), so the 140 KB of the library reach no other
 * admin page. Large ticks and labels, colours that stay apart in grey print.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { SALES_CHANNELS, SALES_CHANNEL_LABELS } from "../../programme/channels"
import type { Programme } from "../lib/types"

const TICK = { fontSize: 14, fill: "#1f2937" }
const STARS_COLOURS: Record<number, string> = { 3: "#f2c14e", 4: "#e8a317", 5: "#9a5b00" }
const CHANNEL_COLOURS: Record<string, string> = { online: "#1d4ed8", pickup: "#0f766e", fair: "#b45309", kiosk: "#7c3aed" }
const vnd = new Intl.NumberFormat("vi-VN")
const millions = (value: number) => (value >= 1_000_000 ? `${vnd.format(Math.round(value / 100_000) / 10)} tr` : vnd.format(value))

function ChartBox({ title, children, height = 280 }: { title: string; children: React.ReactElement; height?: number }) {
  return (
    <figure className="ocop-chart flex flex-col gap-y-2 rounded-lg border border-ui-border-base p-4" style={{ breakInside: "avoid" }}>
      <figcaption className="txt-compact-medium-plus text-ui-fg-base">{title}</figcaption>
      <div style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  )
}

export default function ProgrammeCharts({ figures, labels }: { figures: Programme["figures"]; labels: { kind: (code: string) => string; pointType: (code: string) => string } }) {
  const stars = figures.products_by_stars.map((row) => ({ name: `${row.stars} sao`, count: row.count, stars: row.stars }))
  const years = figures.certified_by_year.map((row) => ({ name: String(row.year), "3 sao": row.by_stars[3] ?? 0, "4 sao": row.by_stars[4] ?? 0, "5 sao": row.by_stars[5] ?? 0 }))
  const groups = figures.products_by_group.map((row) => ({ name: row.label, count: row.count }))
  const districts = figures.products_by_district.map((row) => ({ name: row.label.replace(/^(huyện|thị xã|thành phố) /, ""), count: row.count }))
  const kinds = figures.producers_by_kind.map((row) => ({ name: labels.kind(row.key), count: row.count }))
  const points = figures.sales_points_by_type.map((row) => ({ name: labels.pointType(row.key), count: row.count }))
  const months = figures.sales.by_month.map((row) => ({ name: row.month.slice(5) + "/" + row.month.slice(2, 4), ...Object.fromEntries(SALES_CHANNELS.map((c) => [c, row[c]])) }))
  const channels = figures.sales.by_channel.map((row) => ({ name: SALES_CHANNEL_LABELS[row.channel].vi, total: row.total, channel: row.channel, orders: row.orders }))

  return (
    <div className="grid grid-cols-1 gap-4 px-6 py-4 xl:grid-cols-2" data-testid="programme-charts">
      <ChartBox title="Sản phẩm OCOP theo hạng sao">
        <BarChart data={stars} margin={{ top: 24, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={TICK} />
          <YAxis allowDecimals={false} tick={TICK} />
          <Tooltip />
          <Bar dataKey="count" name="Sản phẩm" isAnimationActive={false} fill="#e8a317">
            <LabelList dataKey="count" position="top" style={{ fontSize: 16, fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ChartBox>
      <ChartBox title="Giấy chứng nhận theo năm quyết định">
        <BarChart data={years} margin={{ top: 16, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={TICK} />
          <YAxis allowDecimals={false} tick={TICK} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 14 }} />
          {[3, 4, 5].map((s) => (
            <Bar key={s} dataKey={`${s} sao`} stackId="stars" fill={STARS_COLOURS[s]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartBox>
      <ChartBox title="Sản phẩm theo nhóm" height={Math.max(200, groups.length * 40 + 40)}>
        <BarChart data={groups} layout="vertical" margin={{ top: 0, right: 40, left: 8, bottom: 0 }}>
          <XAxis type="number" allowDecimals={false} tick={TICK} />
          <YAxis type="category" dataKey="name" width={180} tick={TICK} />
          <Tooltip />
          <Bar dataKey="count" name="Sản phẩm" fill="#0f766e" isAnimationActive={false}>
            <LabelList dataKey="count" position="right" style={{ fontSize: 14, fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ChartBox>
      <ChartBox title="Sản phẩm theo huyện cũ" height={Math.max(200, districts.length * 30 + 40)}>
        <BarChart data={districts} layout="vertical" margin={{ top: 0, right: 40, left: 8, bottom: 0 }}>
          <XAxis type="number" allowDecimals={false} tick={TICK} />
          <YAxis type="category" dataKey="name" width={140} tick={TICK} interval={0} />
          <Tooltip />
          <Bar dataKey="count" name="Sản phẩm" fill="#1d4ed8" isAnimationActive={false}>
            <LabelList dataKey="count" position="right" style={{ fontSize: 14, fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ChartBox>
      <ChartBox title="Chủ thể tham gia theo loại hình">
        <BarChart data={kinds} margin={{ top: 24, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={TICK} interval={0} />
          <YAxis allowDecimals={false} tick={TICK} />
          <Tooltip />
          <Bar dataKey="count" name="Chủ thể" fill="#7c3aed" isAnimationActive={false}>
            <LabelList dataKey="count" position="top" style={{ fontSize: 16, fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ChartBox>
      <ChartBox title="Điểm bán theo loại (hiện trạng)">
        <BarChart data={points} margin={{ top: 24, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ ...TICK, fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={TICK} />
          <Tooltip />
          <Bar dataKey="count" name="Điểm bán" fill="#b45309" isAnimationActive={false}>
            <LabelList dataKey="count" position="top" style={{ fontSize: 16, fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ChartBox>
      <ChartBox title="Doanh số theo tháng và kênh (₫)">
        <BarChart data={months} margin={{ top: 16, right: 16, left: 16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={TICK} />
          <YAxis tickFormatter={millions} tick={TICK} width={70} />
          <Tooltip formatter={(value) => `${vnd.format(Number(value))} ₫`} />
          <Legend wrapperStyle={{ fontSize: 14 }} />
          {SALES_CHANNELS.map((c) => (
            <Bar key={c} dataKey={c} name={SALES_CHANNEL_LABELS[c].vi} stackId="sales" fill={CHANNEL_COLOURS[c]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartBox>
      <ChartBox title="Doanh số theo kênh (₫)">
        <BarChart data={channels} margin={{ top: 24, right: 16, left: 16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ ...TICK, fontSize: 12 }} interval={0} />
          <YAxis tickFormatter={millions} tick={TICK} width={70} />
          <Tooltip formatter={(value) => `${vnd.format(Number(value))} ₫`} />
          <Bar dataKey="total" name="Doanh số" fill="#1d4ed8" isAnimationActive={false}>
            <LabelList dataKey="total" position="top" formatter={(v: any) => millions(Number(v))} style={{ fontSize: 14, fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ChartBox>
    </div>
  )
}
