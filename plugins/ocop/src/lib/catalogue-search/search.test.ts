import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import { OCOP_PRODUCTS_INDEX, POSTGRES_PROVIDER } from "./definition"
import { searchCatalogue } from "./search"

/**
 * The engine lags the read model by a moment after a revocation: the read model no longer shows "revoked", the
 * index still holds it until the subscriber's delete lands. These fakes let each test say when it lands.
 */
const ALL = ["revoked", "robusta", "socola"]

type Hook = (call: number, statement: "hits" | "count") => void

function fakeContainer({ shown, onStatement = () => {} }: { shown: string[]; onStatement?: Hook }) {
  let indexed = [...ALL]
  const queries: any[] = []
  const excluded = (filters: any): string[] => filters.$and.flatMap((f: any) => f.id?.$nin ?? [])
  const search = {
    getIndex: (name: string) => {
      if (name !== OCOP_PRODUCTS_INDEX) throw new Error(`no index ${name}`)
      return { provider: POSTGRES_PROVIDER }
    },
    // Like the PostgreSQL provider: the page and the total are two statements, each seeing the index as it is.
    search: async (query: any) => {
      queries.push(query)
      const matches = () => indexed.filter((id) => !excluded(query.filters).includes(id))
      onStatement(queries.length, "hits")
      const { skip, take } = query.pagination
      const hits = matches().slice(skip, skip + take).map((id) => ({ id }))
      onStatement(queries.length, "count")
      return { hits, metadata: { count: matches().length } }
    },
  }
  const ocop = {
    catalogueVocabulary: async () => new Map<string, number>(),
    listCatalogue: async (filters: { product_ids: string[] }) => {
      const rows = filters.product_ids.filter((id) => shown.includes(id)).map((id) => ({ product_id: id, handle: id }))
      return { rows, count: rows.length }
    },
  }
  const services: Record<string, unknown> = {
    [ContainerRegistrationKeys.LOGGER]: { warn: vi.fn(), debug: vi.fn() },
    [OCOP_MODULE]: ocop,
    [Modules.SEARCH]: search,
  }
  const container = { resolve: (key: string) => services[key] } as any
  return { container, queries, deleteRevoked: () => (indexed = indexed.filter((id) => id !== "revoked")) }
}

const now = new Date()
const run = (container: any, limit = 100, offset = 0) => searchCatalogue(container, { q: "hat sao", now }, { limit, offset })

describe("searchCatalogue while the index catches up with a revocation", () => {
  it("counts the products still shown when the index's delete lands between the page and the total", async () => {
    const fake = fakeContainer({
      shown: ["robusta", "socola"],
      onStatement: (call, statement) => {
        if (call === 1 && statement === "count") fake.deleteRevoked()
      },
    })
    const { rows, count, engine } = await run(fake.container)
    expect(engine).toBe("postgres")
    expect(rows.map((row) => row.handle)).toEqual(["robusta", "socola"])
    expect(count).toBe(2)
  })

  it("counts the products still shown when the index has not heard yet, and asks again without the hidden one", async () => {
    const fake = fakeContainer({ shown: ["robusta", "socola"] })
    const { rows, count } = await run(fake.container)
    expect(rows.map((row) => row.handle)).toEqual(["robusta", "socola"])
    expect(count).toBe(2)
    expect(fake.queries).toHaveLength(2)
    expect(fake.queries[1].filters.$and).toContainEqual({ id: { $nin: ["revoked"] } })
  })

  it("counts the products still shown when the delete had already landed", async () => {
    const fake = fakeContainer({ shown: ["robusta", "socola"] })
    fake.deleteRevoked()
    const { rows, count } = await run(fake.container)
    expect(rows.map((row) => row.handle)).toEqual(["robusta", "socola"])
    expect(count).toBe(2)
    expect(fake.queries).toHaveLength(1)
  })

  it("fills the page the hidden product held, so no showable product falls between two pages", async () => {
    const fake = fakeContainer({ shown: ["robusta", "socola"] })
    const first = await run(fake.container, 2, 0)
    expect(first.rows.map((row) => row.handle)).toEqual(["robusta", "socola"])
    expect(first.count).toBe(2)
  })
})
