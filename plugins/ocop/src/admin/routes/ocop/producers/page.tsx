import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { PRODUCER_ENTITY_TYPE_CODES } from "../../../../modules/ocop/rules"
import { ListPage, useListState } from "../../../kit/list-page"
import { useProducers } from "../../../lib/api"
import { entityTypeLabel, formatPhone } from "../../../lib/labels"
import type { Producer } from "../../../lib/types"

const KINDS = PRODUCER_ENTITY_TYPE_CODES.map((code) => ({ value: code, label: entityTypeLabel(code) }))

/** Every OCOP producer (chủ thể), searchable by name with or without accents, filtered by kind. */
const ProducersPage = () => {
  const list = useListState({ filters: [{ name: "entity_type", allLabel: "Mọi loại hình", options: KINDS }] })
  const { data, isLoading } = useProducers({ ...list.query, order: "name" })
  return (
    <ListPage<Producer>
      title="Chủ thể OCOP"
      subtitle="Doanh nghiệp, hợp tác xã, tổ hợp tác và hộ sản xuất có sản phẩm OCOP"
      create={{ label: "Thêm chủ thể", to: "/ocop/producers/create" }}
      state={list}
      rows={data?.producers}
      count={data?.count}
      isLoading={isLoading}
      rowPath={(producer) => `/ocop/producers/${producer.id}`}
      empty="Không có chủ thể nào khớp."
      columns={[
        { header: "Tên", cell: (p) => p.name, className: "max-w-xs truncate" },
        { header: "Loại hình", cell: (p) => entityTypeLabel(p.entity_type), className: "whitespace-nowrap" },
        { header: "Địa chỉ theo giấy chứng nhận", cell: (p) => p.address_as_certified, className: "max-w-[22rem] truncate", title: (p) => p.address_as_certified },
        { header: "Điện thoại", cell: (p) => formatPhone(p.phone), className: "whitespace-nowrap" },
        { header: "Sản phẩm", cell: (p) => p.product_count ?? 0, align: "right" },
      ]}
    />
  )
}

export const config = defineRouteConfig({ label: "Chủ thể", icon: Buildings })

export default ProducersPage
