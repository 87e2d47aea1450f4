import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { formatDateTime, useCurrentCertification, useIssueStampBatch, useStampBatches } from "../lib/stamps"

/**
 * Under the OCOP card: the certificate's stable lookup address as a QR code (SVG and PNG to download, for
 * shelf labels and packages), and its serialised stamps: batches issued so far with how many were checked or
 * warned, each batch's sheet of labels as a PDF, and a form to issue a new batch (docs/decisions/029).
 */
const ProductOcopStampsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data: current, isLoading } = useCurrentCertification(product.id)
  const certificationId = current?.certificate_no ? current.id : undefined
  const batches = useStampBatches(certificationId)
  const issue = useIssueStampBatch(certificationId)
  const [quantity, setQuantity] = useState("100")
  const [note, setNote] = useState("")

  if (isLoading || !current?.certificate_no) return null
  const qr = `/admin/ocop/certifications/${current.id}/qr`

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    try {
      const { stamp_batch } = await issue.mutateAsync({ quantity: Number(quantity), ...(note.trim() ? { note: note.trim() } : {}) })
      toast.success(`Đã tạo lô ${stamp_batch.quantity} tem`)
      setNote("")
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="ocop-stamps-widget">
      <div className="px-6 py-4">
        <Heading level="h2">Tra cứu và tem OCOP</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Mã QR mở trang tra cứu của giấy chứng nhận {current.certificate_no}; mỗi tem trong lô có mã riêng.
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-4 px-6 py-4">
        <img src={`${qr}?format=svg`} alt={`Mã QR tra cứu ${current.certificate_no}`} width={112} height={112} className="rounded border" />
        <div className="flex flex-col gap-2">
          <Text size="small" className="font-mono">/tra-cuu/{current.certificate_no}</Text>
          <div className="flex gap-2">
            <Button size="small" variant="secondary" asChild>
              <a href={`${qr}?format=svg`} download>Tải SVG</a>
            </Button>
            <Button size="small" variant="secondary" asChild>
              <a href={`${qr}?format=png`} download>Tải PNG</a>
            </Button>
          </div>
        </div>
      </div>
      <div className="px-6 py-4">
        <Text size="small" weight="plus">Lô tem</Text>
        {batches.data?.stamp_batches.length ? (
          <Table className="mt-2">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Ngày tạo</Table.HeaderCell>
                <Table.HeaderCell>Số tem</Table.HeaderCell>
                <Table.HeaderCell>Đã quét</Table.HeaderCell>
                <Table.HeaderCell>Nghi giả</Table.HeaderCell>
                <Table.HeaderCell>Tạo bởi</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {batches.data.stamp_batches.map((batch) => (
                <Table.Row key={batch.id}>
                  <Table.Cell>{formatDateTime(batch.created_at)}</Table.Cell>
                  <Table.Cell>{batch.quantity.toLocaleString("vi-VN")}</Table.Cell>
                  <Table.Cell>{batch.checked.toLocaleString("vi-VN")}</Table.Cell>
                  <Table.Cell>{batch.flagged ? <Badge color="red" size="2xsmall">{batch.flagged}</Badge> : 0}</Table.Cell>
                  <Table.Cell>{batch.issued_by === "programme" ? "Văn phòng OCOP" : "Chủ thể"}{batch.note ? ` · ${batch.note}` : ""}</Table.Cell>
                  <Table.Cell>
                    <a className="text-ui-fg-interactive" href={`/admin/ocop/stamp-batches/${batch.id}/labels`} download>
                      PDF
                    </a>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text size="small" className="text-ui-fg-subtle mt-1">Chưa có lô tem nào.</Text>
        )}
        <form onSubmit={submit} className="mt-4 flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <Label htmlFor="stamp-quantity" size="small">Số tem (1–100.000)</Label>
            <Input id="stamp-quantity" size="small" type="number" min={1} max={100000} value={quantity} onChange={(e) => setQuantity(e.target.value)} className="w-32" />
          </div>
          <div className="flex flex-1 flex-col gap-1">
            <Label htmlFor="stamp-note" size="small">Ghi chú (đợt in, dây chuyền đóng gói)</Label>
            <Input id="stamp-note" size="small" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <Button size="small" type="submit" isLoading={issue.isPending}>Tạo lô tem</Button>
        </form>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductOcopStampsWidget
