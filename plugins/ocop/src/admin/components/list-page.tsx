import { Input, Select, Table } from "@medusajs/ui"
import { useState } from "react"

export const PAGE_SIZE = 20

/** Page index kept in state, with the offset the API expects and Medusa's table pagination wired to it. */
export function usePaging() {
  const [pageIndex, setPageIndex] = useState(0)
  return { pageIndex, setPageIndex, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE }
}

export function Pagination({ count, pageIndex, setPageIndex }: { count: number; pageIndex: number; setPageIndex: (n: number) => void }) {
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  return (
    <Table.Pagination
      count={count}
      pageSize={PAGE_SIZE}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex < pageCount - 1}
      previousPage={() => setPageIndex(pageIndex - 1)}
      nextPage={() => setPageIndex(pageIndex + 1)}
      translations={{ of: "/", results: "kết quả", pages: "trang", prev: "Trước", next: "Sau" }}
    />
  )
}

export const ALL = "all"

/** Search by name and one filter by kind, above a list. */
export function ListToolbar({
  q,
  onQ,
  kind,
  onKind,
  allLabel,
  kinds,
  selectClassName,
}: {
  q: string
  onQ: (q: string) => void
  kind: string
  onKind: (kind: string) => void
  allLabel: string
  kinds: { value: string; label: string }[]
  selectClassName?: string
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      <Input type="search" size="small" className="w-64" placeholder="Tìm theo tên" value={q} onChange={(e) => onQ(e.target.value)} />
      <Select size="small" value={kind} onValueChange={onKind}>
        <Select.Trigger className={selectClassName ?? "w-56"}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>{allLabel}</Select.Item>
          {kinds.map((k) => (
            <Select.Item key={k.value} value={k.value}>
              {k.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
