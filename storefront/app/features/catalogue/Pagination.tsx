import { ListPagination } from "~/components/ListPagination"
import { catalogueSearch, pageCount, type CatalogueState } from "./catalogue-query"

/** The catalogue's previous / next links, keeping every filter. */
export function Pagination({ state, count, basePath }: { state: CatalogueState; count: number; basePath: string }) {
  return <ListPagination page={state.page} pages={pageCount(count)} hrefFor={(page) => `${basePath}${catalogueSearch(state, { page })}`} />
}
