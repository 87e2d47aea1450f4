import { Button, Container, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { DeleteMenu } from "../../../../components/delete-menu"
import { SectionHeader } from "../../../../components/header"
import { SalesPointForm } from "../../../../components/sales-point-form"
import { SalesPointProductsDrawer } from "../../../../components/sales-point-products-drawer"
import { useConfirmedDelete } from "../../../../components/use-confirmed-delete"
import {
  errorMessage,
  useDeleteSalesPoint,
  useSalesPoint,
  useSetSalesPointStockLocation,
  useStockLocations,
  useUpdateSalesPoint,
} from "../../../../lib/api"
import { salesPointTypeLabel } from "../../../../lib/labels"

const NONE = "none"

/** Edit a sales point, the products it carries and the stock location pickups come from. */
const SalesPointPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, error } = useSalesPoint(id)
  const update = useUpdateSalesPoint(id)
  const onDelete = useConfirmedDelete({
    mutation: useDeleteSalesPoint(id),
    title: `Xoá ${data?.sales_point.name ?? "điểm bán"}?`,
    description: "Các sản phẩm vẫn được bán, nhưng cửa hàng không còn ghi điểm bán này.",
    done: "Đã xoá điểm bán",
    listPath: "/ocop/sales-points",
  })
  const setLocation = useSetSalesPointStockLocation(id)
  const locations = useStockLocations()
  const [productsOpen, setProductsOpen] = useState(false)

  if (isLoading) return <Container className="px-6 py-4">Đang tải…</Container>
  if (error || !data) return <Container className="px-6 py-4 text-ui-fg-error">{errorMessage(error)}</Container>
  const point = data.sales_point

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title={point.name}
          subtitle={`${salesPointTypeLabel(point.type)} · ${point.handle}`}
          actions={<DeleteMenu label="Xoá" onDelete={onDelete} />}
        />
        <SalesPointForm
          key={point.id}
          salesPoint={point}
          submitLabel="Lưu"
          pending={update.isPending}
          error={errorMessage(update.error)}
          onSubmit={(body) => update.mutate(body, { onSuccess: () => toast.success("Đã lưu điểm bán") })}
        />
      </Container>

      <Container className="divide-y p-0">
        <SectionHeader
          title="Kho nhận hàng"
          subtitle="Kho (stock location) giao hàng cho khách nhận tại điểm bán này."
          actions={
            <Select
              size="small"
              value={point.stock_location?.id ?? NONE}
              onValueChange={(v) =>
                setLocation.mutate(v === NONE ? null : v, {
                  onSuccess: () => toast.success("Đã lưu kho nhận hàng"),
                  onError: (e) => toast.error(errorMessage(e) ?? "Không lưu được"),
                })
              }
            >
              <Select.Trigger className="w-64">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>Không có</Select.Item>
                {(locations.data?.stock_locations ?? []).map((location) => (
                  <Select.Item key={location.id} value={location.id}>
                    {location.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          }
        />
      </Container>

      <Container className="divide-y p-0">
        <SectionHeader
          title="Sản phẩm đang bán"
          subtitle={`${point.products?.length ?? 0} sản phẩm`}
          actions={
            <Button size="small" variant="secondary" onClick={() => setProductsOpen(true)}>
              Chọn sản phẩm
            </Button>
          }
        />
        {point.products?.length ? (
          <Table>
            <Table.Body>
              {point.products.map((product) => (
                <Table.Row key={product.id}>
                  <Table.Cell>
                    <Link to={`/products/${product.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                      {product.title}
                    </Link>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            Chưa có sản phẩm.
          </Text>
        )}
      </Container>
      <SalesPointProductsDrawer salesPoint={point} open={productsOpen} onOpenChange={setProductsOpen} />
    </div>
  )
}

export default SalesPointPage
