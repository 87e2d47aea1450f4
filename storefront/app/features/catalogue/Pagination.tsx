import { PageLinks } from "~/components/PageLinks"
import { catalogueSearch, pageCount, type CatalogueState } from "./catalogue-query"

/** The catalogue's previous / next links, keeping every filter. */
export function Pagination({ state, count, basePath }: { state: CatalogueState; count: number; basePath: string }) {
  return <PageLinks page={state.page} pages={pageCount(count)} hrefFor={(page) => `${basePath}${catalogueSearch(state, { page })}`} />
}
