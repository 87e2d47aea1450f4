import { Container, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { DeleteMenu } from "../../../../components/delete-menu"
import { SectionHeader } from "../../../../components/header"
import { ProducerForm } from "../../../../components/producer-form"
import { useConfirmedDelete } from "../../../../components/use-confirmed-delete"
import { errorMessage, useDeleteProducer, useProducer, useUpdateProducer } from "../../../../lib/api"
import { entityTypeLabel } from "../../../../lib/labels"

/** Edit a producer, see its products, delete it once it has none. */
const ProducerPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, error } = useProducer(id)
  const update = useUpdateProducer(id)
  const onDelete = useConfirmedDelete({
    mutation: useDeleteProducer(id),
    title: `Xoá ${data?.producer.name ?? "chủ thể"}?`,
    description: "Chỉ xoá được chủ thể không còn sản phẩm nào.",
    done: "Đã xoá chủ thể",
    listPath: "/ocop/producers",
  })

  if (isLoading) return <Container className="px-6 py-4">Đang tải…</Container>
  if (error || !data) return <Container className="px-6 py-4 text-ui-fg-error">{errorMessage(error)}</Container>
  const { producer } = data

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title={producer.name}
          subtitle={`${entityTypeLabel(producer.entity_type)} · ${producer.handle}`}
          actions={<DeleteMenu label="Xoá" onDelete={onDelete} />}
        />
        <ProducerForm
          key={producer.id}
          producer={producer}
          submitLabel="Lưu"
          pending={update.isPending}
          error={errorMessage(update.error)}
          onSubmit={(body) => update.mutate(body, { onSuccess: () => toast.success("Đã lưu; thẻ sản phẩm trên cửa hàng đã cập nhật") })}
        />
      </Container>
      <Container className="divide-y p-0">
        <SectionHeader title="Sản phẩm" subtitle="Gắn sản phẩm với chủ thể ở trang sản phẩm, mục Chứng nhận OCOP." />
        {producer.products?.length ? (
          <Table>
            <Table.Body>
              {producer.products.map((product) => (
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
        ) : (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            Chưa có sản phẩm.
          </Text>
        )}
      </Container>
    </div>
  )
}

export default ProducerPage
