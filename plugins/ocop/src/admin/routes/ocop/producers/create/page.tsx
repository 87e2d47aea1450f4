import { PRODUCER_FIELDS } from "../../../../components/producer-fields"
import { CreatePage } from "../../../../kit/record-pages"
import { useCreateProducer } from "../../../../lib/api"

const CreateProducerPage = () => (
  <CreatePage
    title="Thêm chủ thể OCOP"
    fields={PRODUCER_FIELDS}
    submitLabel="Tạo chủ thể"
    create={useCreateProducer()}
    pathOf={({ producer }) => `/ocop/producers/${producer.id}`}
  />
)

export default CreateProducerPage
