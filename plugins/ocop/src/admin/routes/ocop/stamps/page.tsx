import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDateTime, useFlaggedStamps, WARNING_LABEL, type FlaggedStamp } from "../../../lib/stamps"

const PAGE = 20
const ALL = "all"

/**
 * The programme office's list of stamps that may be copied: codes scanned from too many networks or in
 * far-apart places, and stamps whose printed stars no longer match the register; newest warning first.
 */
const FlaggedStampsPage = () => {
  const [warning, setWarning] = useState(ALL)
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = useFlaggedStamps({ warning: warning === ALL ? undefined : warning, limit: PAGE, offset })
  const count = data?.count ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Tem có thể bị sao chép</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Mã tem được quét từ 5 mạng trở lên, ở hai nơi cách nhau trên 100 km trong một tuần, hoặc in số sao không còn đúng.
          </Text>
        </div>
        <Select value={warning} onValueChange={(value) => (setWarning(value), setOffset(0))} size="small">
          <Select.Trigger className="w-56" aria-label="Lọc theo cảnh báo">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Mọi cảnh báo</Select.Item>
            {(Object.keys(WARNING_LABEL) as FlaggedStamp["warning"][]).map((key) => (
              <Select.Item key={key} value={key}>{WARNING_LABEL[key]}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {isLoading ? null : count === 0 ? (
        <Text className="px-6 py-8 text-ui-fg-subtle">Chưa có tem nào bị nghi sao chép.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Mã tem</Table.HeaderCell>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Cảnh báo</Table.HeaderCell>
              <Table.HeaderCell>Lượt quét · mạng · có vị trí</Table.HeaderCell>
              <Table.HeaderCell>Quét lần đầu</Table.HeaderCell>
              <Table.HeaderCell>Bị đánh dấu</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data!.stamps.map((stamp) => (
              <Table.Row key={stamp.code}>
                <Table.Cell className="font-mono">{stamp.code}</Table.Cell>
                <Table.Cell>
                  {stamp.product ? <Link className="text-ui-fg-interactive" to={`/products/${stamp.product.id}`}>{stamp.product.title}</Link> : "—"}
                  <div className="text-ui-fg-subtle text-xs">{stamp.certificate_no} · in {stamp.printed_stars}★{stamp.producer ? ` · ${stamp.producer.name}` : ""}</div>
                </Table.Cell>
                <Table.Cell><Badge color="red" size="2xsmall">{WARNING_LABEL[stamp.warning]}</Badge></Table.Cell>
                <Table.Cell>{stamp.checks} · {stamp.networks} · {stamp.located_checks}</Table.Cell>
                <Table.Cell>{formatDateTime(stamp.first_checked_at)}</Table.Cell>
                <Table.Cell>{formatDateTime(stamp.flagged_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {count > PAGE && (
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small">{offset + 1}–{Math.min(offset + PAGE, count)} / {count}</Text>
          <div className="flex gap-2">
            <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Trước</Button>
            <Button size="small" variant="secondary" disabled={offset + PAGE >= count} onClick={() => setOffset(offset + PAGE)}>Sau</Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Tem nghi giả", icon: ExclamationCircle })

export default FlaggedStampsPage
