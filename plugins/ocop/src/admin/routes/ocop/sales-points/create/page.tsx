import { SALES_POINT_FIELDS } from "../../../../components/sales-point-fields"
import { CreatePage } from "../../../../kit/record-pages"
import { useCreateSalesPoint } from "../../../../lib/api"

const CreateSalesPointPage = () => (
  <CreatePage
    title="Thêm điểm bán OCOP"
    fields={SALES_POINT_FIELDS}
    submitLabel="Tạo điểm bán"
    create={useCreateSalesPoint()}
    pathOf={({ sales_point }) => `/ocop/sales-points/${sales_point.id}`}
  />
)

export default CreateSalesPointPage
