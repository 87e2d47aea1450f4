import { Table } from "@medusajs/ui"
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
