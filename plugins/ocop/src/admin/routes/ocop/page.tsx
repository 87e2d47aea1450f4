import { defineRouteConfig } from "@medusajs/admin-sdk"
import { HouseStar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { SectionHeader } from "../../kit/section"
import { useCertificationCount, useProducers, useSalesPoints } from "../../lib/api"
import { STATE_LABEL } from "../../lib/labels"

/** The programme at a glance: who produces, where it is sold, how many certificates stand. */
const OcopPage = () => {
  const producers = useProducers({ limit: 1 })
  const salesPoints = useSalesPoints({ limit: 1 })
  const valid = useCertificationCount("valid")
  const expired = useCertificationCount("expired")
  const revoked = useCertificationCount("revoked")
  const upcoming = useCertificationCount("not_yet_valid")

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title="Chương trình OCOP"
          subtitle="Mỗi xã một sản phẩm — chủ thể, điểm bán và chứng nhận sản phẩm. Chứng nhận, gia hạn và thu hồi ở trang từng sản phẩm; mục tiêu và thực hiện ở trang Chương trình."
        />
        <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-3">
          <Figure label="Chủ thể" value={producers.data?.count} to="/ocop/producers" />
          <Figure label="Điểm bán" value={salesPoints.data?.count} to="/ocop/sales-points" />
          <Figure label={`Chứng nhận ${STATE_LABEL.valid.text.toLowerCase()}`} value={valid.data?.count} to="/ocop/certifications?state=valid" />
          <Figure label={`Chứng nhận ${STATE_LABEL.expired.text.toLowerCase()}`} value={expired.data?.count} to="/ocop/certifications?state=expired" />
          <Figure label={`Chứng nhận ${STATE_LABEL.revoked.text.toLowerCase()}`} value={revoked.data?.count} to="/ocop/certifications?state=revoked" />
          <Figure label={`Chứng nhận ${STATE_LABEL.not_yet_valid.text.toLowerCase()}`} value={upcoming.data?.count} to="/ocop/certifications?state=not_yet_valid" />
        </div>
      </Container>
    </div>
  )
}

function Figure({ label, value, to }: { label: string; value: number | undefined; to?: string }) {
  const body: ReactNode = (
    <div className="shadow-elevation-card-rest bg-ui-bg-component rounded-lg px-4 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Heading level="h2">{value ?? "…"}</Heading>
    </div>
  )
  return to ? (
    <Link to={to} className="transition-fg hover:[&>div]:bg-ui-bg-component-hover">
      {body}
    </Link>
  ) : (
    body
  )
}

export const config = defineRouteConfig({ label: "OCOP", icon: HouseStar })

export default OcopPage
