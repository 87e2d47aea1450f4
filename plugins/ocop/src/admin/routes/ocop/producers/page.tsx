import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Container, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { PRODUCER_ENTITY_TYPE_CODES } from "../../../../modules/ocop/rules"
import { SectionHeader } from "../../../components/header"
import { ALL, ListToolbar, Pagination, usePaging } from "../../../components/list-page"
import { useProducers } from "../../../lib/api"
import { entityTypeLabel, formatPhone } from "../../../lib/labels"

/** Every OCOP producer (chủ thể), searchable by name with or without accents, filtered by kind. */
const ProducersPage = () => {
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [kind, setKind] = useState(ALL)
  const paging = usePaging()
  const { data, isLoading } = useProducers({
    q,
    entity_type: kind === ALL ? undefined : kind,
    limit: paging.limit,
    offset: paging.offset,
    order: "name",
  })

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Chủ thể OCOP"
        subtitle="Doanh nghiệp, hợp tác xã, tổ hợp tác và hộ sản xuất có sản phẩm OCOP"
        actions={
          <Button size="small" variant="secondary" asChild>
            <Link to="/ocop/producers/create">Thêm chủ thể</Link>
          </Button>
        }
      />
      <ListToolbar
        q={q}
        onQ={(value) => {
          setQ(value)
          paging.setPageIndex(0)
        }}
        kind={kind}
        onKind={(value) => {
          setKind(value)
          paging.setPageIndex(0)
        }}
        allLabel="Mọi loại hình"
        kinds={PRODUCER_ENTITY_TYPE_CODES.map((code) => ({ value: code, label: entityTypeLabel(code) }))}
      />
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên</Table.HeaderCell>
              <Table.HeaderCell>Loại hình</Table.HeaderCell>
              <Table.HeaderCell>Địa chỉ theo giấy chứng nhận</Table.HeaderCell>
              <Table.HeaderCell>Điện thoại</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap text-right">Sản phẩm</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.producers ?? []).map((producer) => (
              <Table.Row
                key={producer.id}
                className="cursor-pointer"
                onClick={() => navigate(`/ocop/producers/${producer.id}`)}
              >
                <Table.Cell className="max-w-xs truncate">{producer.name}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{entityTypeLabel(producer.entity_type)}</Table.Cell>
                <Table.Cell className="max-w-[22rem] truncate" title={producer.address_as_certified}>
                  {producer.address_as_certified}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">{formatPhone(producer.phone)}</Table.Cell>
                <Table.Cell className="text-right">{producer.product_count ?? 0}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {!isLoading && data?.count === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
          Không có chủ thể nào khớp.
        </Text>
      )}
      <Pagination count={data?.count ?? 0} pageIndex={paging.pageIndex} setPageIndex={paging.setPageIndex} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chủ thể", icon: Buildings })

export default ProducersPage
