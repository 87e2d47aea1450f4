import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { dailySales, statementTotals, type StatementLine } from "./statement"
import { statementCsv } from "./statement-csv"

const line = (over: Partial<StatementLine>): StatementLine => ({
  order_id: "order_1",
  display_id: 1,
  placed_at: new Date("2026-12-03T03:00:00Z"),
  state: "placed",
  delivery: "home",
  payment: "online",
  settled: false,
  items: 200_000,
  shipping: 30_000,
  total: 230_000,
  commission: 10_000,
  ...over,
})

describe("a producer's monthly statement", () => {
  const lines = [
    // Paid by VietQR: the platform holds 230 000 and keeps 10 000.
    line({ order_id: "a", display_id: 1, state: "delivered", settled: true }),
    // Cash on delivery, delivered: the courier collected 125 000; the producer owes the 5 000 commission.
    line({ order_id: "b", display_id: 2, payment: "cash", state: "delivered", settled: true, items: 100_000, shipping: 25_000, total: 125_000, commission: 5_000 }),
    // Cash on delivery, still on its way: nothing collected, its commission pending.
    line({ order_id: "c", display_id: 3, payment: "cash", state: "shipped", items: 50_000, shipping: 25_000, total: 75_000, commission: 2_500 }),
    // Cancelled: neither a sale nor a commission.
    line({ order_id: "d", display_id: 4, state: "canceled", items: 80_000, total: 110_000, commission: 4_000, placed_at: new Date("2026-12-31T16:59:00Z") }),
  ]

  it("owes the producer what the platform collected, less the commission on every settled order", () => {
    const totals = statementTotals(lines, [])
    expect(totals).toMatchObject({
      orders: 3,
      canceled_orders: 1,
      sales: 350_000,
      canceled: 80_000,
      shipping: 80_000,
      commission: 17_500,
      commission_settled: 15_000,
      collected_by_platform: 230_000,
      collected_by_couriers: 125_000,
      awaiting: 75_000,
      amount_due: 215_000,
      paid_out: 0,
      balance: 215_000,
    })
  })

  it("subtracts the payouts made against the month from what is still due", () => {
    const totals = statementTotals(lines, [{ amount: 200_000 }, { amount: 15_000 }])
    expect(totals.paid_out).toBe(215_000)
    expect(totals.balance).toBe(0)
  })

  it("shows a producer paid only in cash as owing the platform its commission", () => {
    const totals = statementTotals([lines[1]!], [])
    expect(totals.amount_due).toBe(-5_000)
  })

  it("lists every day of the month for the chart, an order on the evening of the 31st on the 31st", () => {
    const days = dailySales(lines, "2026-12")
    expect(days).toHaveLength(31)
    expect(days[0]).toEqual({ date: "2026-12-01", sales: 0, orders: 0 })
    expect(days.find((d) => d.date === "2026-12-03")).toEqual({ date: "2026-12-03", sales: 350_000, orders: 3 })
    // Cancelled orders are not sales.
    expect(days[30]).toEqual({ date: "2026-12-31", sales: 0, orders: 0 })
  })

  it("writes a CSV with one row per order and the month's figures, readable with its accents", () => {
    const statement = {
      period: "2026-12",
      from: new Date(),
      to: new Date(),
      currency_code: "vnd",
      totals: statementTotals(lines, [{ amount: 100_000 }]),
      days: [],
      payouts: [{ id: "p", amount: 100_000, bank_reference: "FT2634100001", paid_at: new Date("2027-01-05T02:00:00Z"), note: null }],
      lines,
      count: lines.length,
      limit: lines.length,
      offset: 0,
    }
    const text = statementCsv(statement, "HTX Cà phê Ea Tu")
    expect(text.startsWith("\uFEFF")).toBe(true)
    const rows = parse(text.slice(1), { relax_column_count: true }) as string[][]
    expect(rows[0]![0]).toBe("ngay_dat")
    expect(rows[1]).toEqual(["03/12/2026", "1", "đã giao", "Giao tận nơi", "Trực tuyến", "Có", "200000", "30000", "230000", "10000", "230000", "0"])
    expect(rows[2]!.slice(10)).toEqual(["0", "125000"])
    expect(rows.find((r) => r[0] === "Sàn phải trả chủ thể")![1]).toBe("215000")
    expect(rows.find((r) => r[0] === "Còn lại")![1]).toBe("115000")
    expect(rows.find((r) => r[0] === "Chuyển khoản 05/01/2027")!.slice(1)).toEqual(["100000", "FT2634100001"])
    expect(text).toContain("HTX Cà phê Ea Tu · tháng 12/2026")
  })
})
