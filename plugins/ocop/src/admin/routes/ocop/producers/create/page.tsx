import { Container } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { SectionHeader } from "../../../../components/header"
import { ProducerForm } from "../../../../components/producer-form"
import { errorMessage, useCreateProducer } from "../../../../lib/api"

const CreateProducerPage = () => {
  const navigate = useNavigate()
  const create = useCreateProducer()
  return (
    <Container className="divide-y p-0">
      <SectionHeader title="Thêm chủ thể OCOP" />
      <ProducerForm
        submitLabel="Tạo chủ thể"
        pending={create.isPending}
        error={errorMessage(create.error)}
        onSubmit={(body) => create.mutate(body, { onSuccess: ({ producer }) => navigate(`/ocop/producers/${producer.id}`) })}
      />
    </Container>
  )
}

export default CreateProducerPage
