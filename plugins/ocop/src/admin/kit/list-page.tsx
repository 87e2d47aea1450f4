import { Button, Container, Input, Table, clx } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link, useNavigate } from "react-router-dom"
import { EmptyNote, SectionHeader } from "./section"
import { SelectInput, type Option } from "./select-input"

export const PAGE_SIZE = 20
/** The value of a filter that filters nothing. */
export const ALL = "all"

export type ListFilter = {
  /** The API's query field. */
  name: string
  /** The first choice, which filters nothing ("Mọi loại hình"). */
  allLabel: string
  options: Option[]
  className?: string
}

/**
 * What a list page asks its API for: the search text, each filter's choice and the page, kept in state. A new
 * search or filter goes back to the first page.
 */
export function useListState({ filters = [], initial = {} }: { filters?: ListFilter[]; initial?: Record<string, string> } = {}) {
  const [q, setQText] = useState("")
  const [chosen, setChosen] = useState<Record<string, string>>(initial)
  const [pageIndex, setPageIndex] = useState(0)
  const query: Record<string, string | number | undefined> = { q, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE }
  for (const filter of filters) {
    const value = chosen[filter.name] ?? ALL
    query[filter.name] = value === ALL ? undefined : value
  }
  return {
    filters,
    query,
    q,
    setQ: (value: string) => {
      setQText(value)
      setPageIndex(0)
    },
    chosen: (name: string) => chosen[name] ?? ALL,
    choose: (name: string, value: string) => {
      setChosen((current) => ({ ...current, [name]: value }))
      setPageIndex(0)
    },
    pageIndex,
    setPageIndex,
  }
}

export type ListState = ReturnType<typeof useListState>

export type Column<T> = {
  header: string
  cell: (row: T) => ReactNode
  /** Classes of the column's cells (width, truncation). */
  className?: string
  /** Numbers and badges sit on the right, their header too. */
  align?: "right"
  /** The whole text on hover, for a cell cut short. */
  title?: (row: T) => string
}

/**
 * A list page: title and create button, search and filters, a table whose rows open the record, a note when
 * nothing matches, and paging. The page keeps the state (`useListState`) and fetches with its query.
 */
export function ListPage<T extends { id: string }>({
  title,
  subtitle,
  create,
  state,
  search = "Tìm theo tên",
  rows,
  count,
  isLoading,
  columns,
  rowPath,
  empty,
  actions,
  toolbar,
}: {
  title: string
  subtitle?: string
  create?: { label: string; to: string }
  /** More buttons beside the create button (exports, imports, bulk actions). */
  actions?: ReactNode
  /** More controls after the filters (a number of days, a sort). */
  toolbar?: ReactNode
  state: ListState
  /** The search box's placeholder; `false` for a list without search. */
  search?: string | false
  rows: T[] | undefined
  count: number | undefined
  isLoading: boolean
  columns: Column<T>[]
  rowPath?: (row: T) => string
  empty: string
}) {
  const navigate = useNavigate()
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title={title}
        subtitle={subtitle}
        actions={
          (create || actions) && (
            <>
              {actions}
              {create && (
                <Button size="small" variant="secondary" asChild>
                  <Link to={create.to}>{create.label}</Link>
                </Button>
              )}
            </>
          )
        }
      />
      {(search !== false || state.filters.length > 0 || toolbar) && <ListToolbar state={state} search={search} extra={toolbar} />}
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              {columns.map((column) => (
                <Table.HeaderCell key={column.header} className={column.align === "right" ? "whitespace-nowrap text-right" : undefined}>
                  {column.header}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(rows ?? []).map((row) => (
              <Table.Row key={row.id} className={rowPath ? "cursor-pointer" : undefined} onClick={rowPath ? () => navigate(rowPath(row)) : undefined}>
                {columns.map((column) => (
                  <Table.Cell key={column.header} className={clx(column.className, column.align === "right" && "text-right")} title={column.title?.(row)}>
                    {column.cell(row)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {!isLoading && count === 0 && <EmptyNote centered>{empty}</EmptyNote>}
      <Pagination count={count ?? 0} pageIndex={state.pageIndex} setPageIndex={state.setPageIndex} />
    </Container>
  )
}

/** Search by name and a select per filter, above a list. */
function ListToolbar({ state, search, extra }: { state: ListState; search: string | false; extra?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      {search !== false && (
        <Input type="search" size="small" className="w-64" placeholder={search} value={state.q} onChange={(e) => state.setQ(e.target.value)} />
      )}
      {state.filters.map((filter) => (
        <SelectInput
          key={filter.name}
          size="small"
          className={filter.className ?? "w-56"}
          value={state.chosen(filter.name)}
          onChange={(value) => state.choose(filter.name, value)}
          options={[{ value: ALL, label: filter.allLabel }, ...filter.options]}
        />
      ))}
      {extra}
    </div>
  )
}

function Pagination({ count, pageIndex, setPageIndex }: { count: number; pageIndex: number; setPageIndex: (n: number) => void }) {
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
