import { useParams } from "react-router-dom"
import { PRODUCER_FIELDS } from "../../../../components/producer-fields"
import { ProducerCommissionSection, ProducerOrdersSection, ProducerTeamSection } from "../../../../components/producer-sections"
import { LinkedProducts } from "../../../../kit/linked-products"
import { DetailPage } from "../../../../kit/record-pages"
import { Section } from "../../../../kit/section"
import { useDeleteProducer, useProducer, useUpdateProducer } from "../../../../lib/api"
import { entityTypeLabel } from "../../../../lib/labels"

/**
 * Edit a producer, see its products, its seller-portal team and invitations, its commission rate and its orders;
 * delete it once it has no products.
 */
const ProducerPage = () => {
  const { id = "" } = useParams()
  return (
    <DetailPage
      load={useProducer(id)}
      record={(data) => data.producer}
      title={(producer) => producer.name}
      subtitle={(producer) => `${entityTypeLabel(producer.entity_type)} · ${producer.handle}`}
      fields={PRODUCER_FIELDS}
      update={useUpdateProducer(id)}
      saved="Đã lưu; thẻ sản phẩm trên cửa hàng đã cập nhật"
      remove={{
        mutation: useDeleteProducer(id),
        name: (producer) => producer?.name ?? "chủ thể",
        description: "Chỉ xoá được chủ thể không còn sản phẩm nào.",
        done: "Đã xoá chủ thể",
        listPath: "/ocop/producers",
      }}
    >
      {(producer) => (
        <>
          <Section title="Sản phẩm" subtitle="Gắn sản phẩm với chủ thể ở trang sản phẩm, mục Chứng nhận OCOP.">
            <LinkedProducts products={producer.products} />
          </Section>
          <ProducerTeamSection producerId={producer.id} />
          <ProducerCommissionSection producerId={producer.id} />
          <ProducerOrdersSection producerId={producer.id} />
        </>
      )}
    </DetailPage>
  )
}

export default ProducerPage
