import { Badge, Button, Container, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { COLUMN_LABELS } from "../../../../../programme/register/columns"
import type { RowKind } from "../../../../../programme/register/judge"
import { errorMessage } from "../../../../kit/api-error"
import { EmptyNote, SectionHeader } from "../../../../kit/section"
import { useConfirmImport, usePreviewImport, useRegisterImports } from "../../../../lib/api"
import { formatDate } from "../../../../lib/labels"
import type { RegisterImport } from "../../../../lib/types"

const KIND: Record<RowKind, { text: string; color: "green" | "blue" | "orange" | "grey" | "red" }> = {
  new: { text: "Mới", color: "green" },
  renewal: { text: "Gia hạn", color: "blue" },
  change: { text: "Thay đổi", color: "orange" },
  unchanged: { text: "Không đổi", color: "grey" },
  error: { text: "Lỗi", color: "red" },
}

/**
 * Import a certification decision: upload the register's columns as CSV or XLSX, see every row as new, renewal,
 * change, unchanged or error with its reasons, then confirm: every valid row is written in one go, or nothing.
 */
const ImportPage = () => {
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<RegisterImport | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const upload = usePreviewImport()
  const confirm = useConfirmImport()
  const history = useRegisterImports()
  const writes = preview ? preview.summary.new + preview.summary.renewal + preview.summary.change : 0

  const send = () => {
    if (!file) return
    setProblem(null)
    upload.mutate(file, {
      onSuccess: ({ import: record }) => {
        setPreview(record)
        history.refetch()
      },
      onError: (error) => {
        setPreview(null)
        setProblem(errorMessage(error))
      },
    })
  }
  const apply = () =>
    preview &&
    confirm.mutate(preview.id, {
      onSuccess: ({ import: record }) => {
        setPreview(record)
        toast.success(`Đã ghi ${writes} dòng vào sổ`)
        history.refetch()
      },
      onError: (error) => setProblem(errorMessage(error)),
    })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title="Nhập quyết định công nhận"
          subtitle="Tệp CSV (UTF-8) hoặc Excel (.xlsx) có đúng các cột của sổ, như tệp xuất từ Sổ chứng nhận; tối đa 5 MB, 5 000 dòng."
          actions={
            <Button size="small" variant="secondary" asChild>
              <Link to="/ocop/certifications">Về sổ chứng nhận</Link>
            </Button>
          }
        />
        <div className="flex flex-wrap items-center gap-3 px-6 py-4">
          <input
            type="file"
            aria-label="Tệp quyết định"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              setPreview(null)
              setProblem(null)
            }}
            className="txt-compact-small"
          />
          <Button size="small" variant="secondary" disabled={!file || upload.isPending} isLoading={upload.isPending} onClick={send}>
            Xem trước
          </Button>
          {problem && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              {problem}
            </Text>
          )}
        </div>
      </Container>

      {preview && (
        <Container className="divide-y p-0" data-testid="import-preview">
          <SectionHeader
            title={`${preview.file_name}: ${preview.rows} dòng`}
            subtitle={
              preview.status === "confirmed"
                ? `Đã ghi vào sổ ${formatDate(preview.confirmed_at)}`
                : `Mới ${preview.summary.new} · gia hạn ${preview.summary.renewal} · thay đổi ${preview.summary.change} · không đổi ${preview.summary.unchanged} · lỗi ${preview.summary.error}`
            }
            actions={
              preview.status !== "confirmed" && (
                <Button size="small" variant="primary" disabled={!writes || confirm.isPending} isLoading={confirm.isPending} onClick={apply}>
                  Xác nhận ghi {writes} dòng vào sổ
                </Button>
              )
            }
          />
          {preview.status === "confirmed" && (
            <Text size="small" className="px-6 py-3" role="status">
              Đã ghi vào sổ: {writes} dòng. Các dòng lỗi không được ghi; sửa tệp rồi nhập lại.
            </Text>
          )}
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Dòng</Table.HeaderCell>
                  <Table.HeaderCell>Kết quả</Table.HeaderCell>
                  <Table.HeaderCell>Số giấy chứng nhận</Table.HeaderCell>
                  <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
                  <Table.HeaderCell>Chủ thể</Table.HeaderCell>
                  <Table.HeaderCell>Chi tiết</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {preview.changes.map((row) => (
                  <Table.Row key={row.row} data-kind={row.kind}>
                    <Table.Cell>{row.row}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={KIND[row.kind].color}>
                        {KIND[row.kind].text}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{row.cells.ma_chung_nhan || "—"}</Table.Cell>
                    <Table.Cell className="max-w-[14rem] truncate" title={row.cells.ten_san_pham}>
                      {row.cells.ten_san_pham || row.cells.san_pham_handle}
                    </Table.Cell>
                    <Table.Cell className="max-w-[12rem] truncate" title={row.cells.chu_the}>
                      {row.cells.chu_the}
                    </Table.Cell>
                    <Table.Cell className="max-w-xl whitespace-normal py-2">
                      {row.errors.map((e) => (
                        <Text key={e} size="xsmall" className="text-ui-fg-error">
                          {e}
                        </Text>
                      ))}
                      {row.changes.map((c) => (
                        <Text key={c.column} size="xsmall">
                          {COLUMN_LABELS[c.column]}: {c.from || "—"} → {c.to || "—"}
                        </Text>
                      ))}
                      {row.notes.map((n) => (
                        <Text key={n} size="xsmall" className="text-ui-fg-subtle">
                          {n}
                        </Text>
                      ))}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </Container>
      )}

      <Container className="divide-y p-0">
        <SectionHeader title="Các lần nhập gần đây" />
        {history.data?.imports.length ? (
          <ul className="flex flex-col gap-y-1 px-6 py-4">
            {history.data.imports.map((record) => (
              <li key={record.id} className="txt-compact-small">
                {formatDate(record.created_at)} · {record.file_name} · {record.summary.rows} dòng ·{" "}
                {record.status === "confirmed" ? `đã ghi ${formatDate(record.confirmed_at)}` : "chỉ xem trước"}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyNote>Chưa có lần nhập nào.</EmptyNote>
        )}
      </Container>
    </div>
  )
}

export default ImportPage
