import { StatusBadge, Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { EmptyNote } from "./section"

export type ProductLink = { id: string; title: string; status: string }

/** Products linked to a record, each opening its Medusa page, with whether it is published. */
export function LinkedProducts({ products, empty = "Chưa có sản phẩm." }: { products: ProductLink[] | undefined; empty?: string }) {
  if (!products?.length) return <EmptyNote>{empty}</EmptyNote>
  return (
    <Table>
      <Table.Body>
        {products.map((product) => (
          <Table.Row key={product.id}>
            <Table.Cell>
              <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                {product.title}
              </Link>
            </Table.Cell>
            <Table.Cell className="text-right">
              <StatusBadge color={product.status === "published" ? "green" : "grey"}>{product.status}</StatusBadge>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
