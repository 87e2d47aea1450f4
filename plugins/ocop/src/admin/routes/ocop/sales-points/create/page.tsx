import { Container } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { SectionHeader } from "../../../../components/header"
import { SalesPointForm } from "../../../../components/sales-point-form"
import { errorMessage, useCreateSalesPoint } from "../../../../lib/api"

const CreateSalesPointPage = () => {
  const navigate = useNavigate()
  const create = useCreateSalesPoint()
  return (
    <Container className="divide-y p-0">
      <SectionHeader title="Thêm điểm bán OCOP" />
      <SalesPointForm
        submitLabel="Tạo điểm bán"
        pending={create.isPending}
        error={errorMessage(create.error)}
        onSubmit={(body) => create.mutate(body, { onSuccess: ({ sales_point }) => navigate(`/ocop/sales-points/${sales_point.id}`) })}
      />
    </Container>
  )
}

export default CreateSalesPointPage
