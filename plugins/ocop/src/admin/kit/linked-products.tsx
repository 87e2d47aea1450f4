import { StatusBadge } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { EmptyNote } from "./section"

export type ProductLink = { id: string; title: string; status: string }

/** Products linked to a record, each opening its Medusa page, with whether it is published. */
export function LinkedProducts({ products, empty = "Chưa có sản phẩm." }: { products: ProductLink[] | undefined; empty?: string }) {
  if (!products?.length) return <EmptyNote>{empty}</EmptyNote>
  return (
    <ul className="divide-y">
      {products.map((product) => (
        <li key={product.id} className="txt-compact-small flex items-center justify-between gap-x-4 px-6 py-3">
          <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover min-w-0 truncate">
            {product.title}
          </Link>
          <StatusBadge color={product.status === "published" ? "green" : "grey"} className="shrink-0">
            {product.status}
          </StatusBadge>
        </li>
      ))}
    </ul>
  )
}
