import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { SALES_POINT_TYPE_CODES } from "../../../../modules/ocop/rules"
import { SectionHeader } from "../../../components/header"
import { ALL, ListToolbar, Pagination, usePaging } from "../../../components/list-page"
import { useSalesPoints } from "../../../lib/api"
import { salesPointTypeLabel } from "../../../lib/labels"

/** The kiosks, market kiosks, wholesale clusters and fair booths where OCOP products are sold. */
const SalesPointsPage = () => {
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [type, setType] = useState(ALL)
  const paging = usePaging()
  const { data, isLoading } = useSalesPoints({
    q,
    type: type === ALL ? undefined : type,
    limit: paging.limit,
    offset: paging.offset,
    order: "name",
  })

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Điểm bán OCOP"
        subtitle="Cụm ki ốt, ki ốt tại chợ huyện, chợ đầu mối và gian hàng hội chợ"
        actions={
          <Button size="small" variant="secondary" asChild>
            <Link to="/ocop/sales-points/create">Thêm điểm bán</Link>
          </Button>
        }
      />
      <ListToolbar
        q={q}
        onQ={(value) => {
          setQ(value)
          paging.setPageIndex(0)
        }}
        kind={type}
        onKind={(value) => {
          setType(value)
          paging.setPageIndex(0)
        }}
        allLabel="Mọi loại điểm bán"
        kinds={SALES_POINT_TYPE_CODES.map((code) => ({ value: code, label: salesPointTypeLabel(code) }))}
        selectClassName="w-72"
      />
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên</Table.HeaderCell>
              <Table.HeaderCell>Loại</Table.HeaderCell>
              <Table.HeaderCell>Chợ</Table.HeaderCell>
              <Table.HeaderCell>Giờ mở cửa</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap text-right">Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap text-right">Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.sales_points ?? []).map((point) => (
              <Table.Row key={point.id} className="cursor-pointer" onClick={() => navigate(`/ocop/sales-points/${point.id}`)}>
                <Table.Cell className="max-w-xs truncate">{point.name}</Table.Cell>
                <Table.Cell className="max-w-[14rem] truncate">{salesPointTypeLabel(point.type)}</Table.Cell>
                <Table.Cell className="max-w-[14rem] truncate">{point.market_name || "—"}</Table.Cell>
                <Table.Cell className="max-w-[14rem] truncate">{point.opening_hours_vi}</Table.Cell>
                <Table.Cell className="text-right">{point.product_count ?? 0}</Table.Cell>
                <Table.Cell className="text-right">
                  <StatusBadge color={point.active ? "green" : "grey"}>{point.active ? "Hoạt động" : "Tạm ngừng"}</StatusBadge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {!isLoading && data?.count === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
          Không có điểm bán nào khớp.
        </Text>
      )}
      <Pagination count={data?.count ?? 0} pageIndex={paging.pageIndex} setPageIndex={paging.setPageIndex} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Điểm bán", icon: BuildingStorefront })

export default SalesPointsPage
