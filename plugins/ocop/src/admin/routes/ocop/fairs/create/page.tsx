import { FAIR_FIELDS } from "../../../../components/fair-fields"
import { CreatePage } from "../../../../kit/record-pages"
import { useCreateFair } from "../../../../lib/api"

const CreateFairPage = () => (
  <CreatePage
    title="Thêm hội chợ"
    fields={FAIR_FIELDS}
    submitLabel="Tạo hội chợ"
    create={useCreateFair()}
    pathOf={({ fair }) => `/ocop/fairs/${fair.id}`}
  />
)

export default CreateFairPage
