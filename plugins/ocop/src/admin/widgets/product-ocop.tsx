import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ArrowPath, PencilSquare, Plus, XCircle } from "@medusajs/icons"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { CertificationDrawer } from "../components/certification-drawer"
import { ProducerDrawer } from "../components/producer-drawer"
import { RevokeDrawer } from "../components/revoke-drawer"
import { Stars } from "../components/stars"
import { StateBadge } from "../components/state-badge"
import { isInReminderWindow } from "../../modules/ocop/rules"
import { ActionMenu } from "../kit/action-menu"
import { KeyValueRow as Row, SectionHeader } from "../kit/section"
import { useProductOcop } from "../lib/api"
import { daysLeft, entityTypeLabel, formatDate, groupLabel, LEVEL_LABEL } from "../lib/labels"
import type { Certification } from "../lib/types"

type Drawer = "certify" | "renew" | "revoke" | "producer" | null

/**
 * The product's OCOP side on its admin page: the certification that speaks for it (stars, score, group,
 * numbers, dates, state), the producer, where it is sold, the history, and the programme's actions.
 */
const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, error } = useProductOcop(product.id)
  const [drawer, setDrawer] = useState<Drawer>(null)
  const close = (open: boolean) => !open && setDrawer(null)

  if (isLoading) {
    return (
      <Container className="p-6">
        <Skeleton className="h-24 w-full" />
      </Container>
    )
  }
  if (error || !data) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          Không tải được thông tin OCOP: {error?.message}
        </Text>
      </Container>
    )
  }

  const ocop = data.product
  const current = ocop.current_certification
  const history = ocop.certifications.filter((c) => c.id !== current?.id)

  return (
    <Container className="divide-y p-0" data-testid="ocop-widget">
      <SectionHeader
        title="Chứng nhận OCOP"
        subtitle={ocop.listed ? "Đang bày bán trên cửa hàng" : "Không hiển thị trên cửa hàng"}
        actions={
          <ActionMenu
            label="Thao tác OCOP"
            actions={[
              { label: "Chứng nhận mới", icon: <Plus className="text-ui-fg-subtle" />, onClick: () => setDrawer("certify") },
              current && { label: "Gia hạn", icon: <ArrowPath className="text-ui-fg-subtle" />, onClick: () => setDrawer("renew") },
              { label: "Đổi chủ thể", icon: <PencilSquare className="text-ui-fg-subtle" />, onClick: () => setDrawer("producer") },
              current && { label: "Thu hồi", icon: <XCircle />, onClick: () => setDrawer("revoke"), danger: true },
            ]}
          />
        }
      />

      {current ? (
        <CurrentCertification certification={current} />
      ) : (
        <div className="flex flex-col items-start gap-y-3 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Sản phẩm chưa có chứng nhận OCOP còn dùng được, nên không được bày bán.
          </Text>
          <Button size="small" variant="secondary" onClick={() => setDrawer("certify")}>
            Chứng nhận
          </Button>
        </div>
      )}

      <Row label="Chủ thể">
        {ocop.producer ? (
          <Link to={`/ocop/producers/${ocop.producer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {ocop.producer.name}
          </Link>
        ) : (
          <button type="button" className="text-ui-fg-interactive" onClick={() => setDrawer("producer")}>
            Chọn chủ thể
          </button>
        )}
        {ocop.producer && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {entityTypeLabel(ocop.producer.entity_type)} · {ocop.producer.address_as_certified}
          </Text>
        )}
      </Row>

      <Row label="Điểm bán">
        {ocop.sales_points.length ? (
          <ul className="flex flex-col gap-y-1">
            {ocop.sales_points.map((point) => (
              <li key={point.id}>
                <Link to={`/ocop/sales-points/${point.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                  {point.name}
                </Link>
                {!point.active && <Badge size="2xsmall" className="ml-2">Tạm ngừng</Badge>}
              </li>
            ))}
          </ul>
        ) : (
          <span className="text-ui-fg-muted">Chưa có</span>
        )}
      </Row>

      <div className="px-6 py-3">
        <Link
          to={`/ocop/certifications?product_id=${ocop.id}&state=all`}
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          data-testid="ocop-certifications-link"
        >
          Xem trong sổ chứng nhận →
        </Link>
      </div>

      {history.length > 0 && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-2">
            Lịch sử chứng nhận
          </Text>
          <ul className="flex flex-col gap-y-2" data-testid="ocop-history">
            {history.map((cert) => (
              <li key={cert.id} className="flex items-center justify-between gap-x-2">
                <div className="min-w-0">
                  <div className="flex items-center gap-x-2">
                    <Stars count={cert.stars} />
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {cert.certificate_no ?? `${cert.score} điểm`}
                    </Text>
                  </div>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {formatDate(cert.issued_at)} → {formatDate(cert.expires_at)}
                    {cert.revoked_reason ? ` · ${cert.revoked_reason}` : ""}
                  </Text>
                </div>
                <div className="shrink-0 whitespace-nowrap">
                  <StateBadge state={cert.state} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}

      <CertificationDrawer productId={ocop.id} open={drawer === "certify"} onOpenChange={close} />
      {current && <CertificationDrawer productId={ocop.id} renews={current} open={drawer === "renew"} onOpenChange={close} />}
      {current && <RevokeDrawer certification={current} open={drawer === "revoke"} onOpenChange={close} />}
      <ProducerDrawer productId={ocop.id} currentId={ocop.producer?.id ?? null} open={drawer === "producer"} onOpenChange={close} />
    </Container>
  )
}

function CurrentCertification({ certification: c }: { certification: Certification }) {
  return (
    <div className="flex flex-col">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex items-center gap-x-3">
          <Stars count={c.stars} className="[&_svg]:h-5 [&_svg]:w-5" />
          <Text size="small" weight="plus">
            {c.stars} sao · {c.score} điểm
          </Text>
        </div>
        <StateBadge state={c.state} />
      </div>
      <Row label="Nhóm">{groupLabel(c.criteria_version, c.group, c.sub_group)}</Row>
      <Row label="Bộ tiêu chí">{c.criteria_version}</Row>
      <Row label="Cấp chứng nhận">{c.level ? LEVEL_LABEL[c.level] : "—"}</Row>
      <Row label="Số giấy chứng nhận">{c.certificate_no ?? "—"}</Row>
      <Row label="Số quyết định">{c.decision_no ?? "—"}</Row>
      <Row label="Ngày cấp">{formatDate(c.issued_at)}</Row>
      <Row label="Hết hạn">
        {formatDate(c.expires_at)}
        {c.state === "valid" && (
          <Text size="xsmall" className={isInReminderWindow(c, new Date()) ? "text-ui-tag-orange-text" : "text-ui-fg-subtle"}>
            {daysLeft(c.expires_at)}
            {isInReminderWindow(c, new Date()) && " · đến hạn gia hạn"}
          </Text>
        )}
      </Row>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.before",
  id: "ocop:product-certification",
})

export default ProductOcopWidget
