import { Button, Container, StatusBadge, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { errorMessage } from "../../../../kit/api-error"
import { DrawerPanel, useOnOpen } from "../../../../kit/drawer-panel"
import { Field } from "../../../../kit/field"
import { EmptyNote, SectionHeader } from "../../../../kit/section"
import { useModerateReview, useReview } from "../../../../lib/api"
import { formatDate } from "../../../../lib/labels"
import type { Review } from "../../../../lib/types"

/** One review, the producer's answer, and hiding it (with the reason its author will read) or showing it again. */
const ReviewPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, error } = useReview(id)
  const [open, setOpen] = useState(false)
  const moderate = useModerateReview(id)
  const review = data?.review
  if (isLoading) return <EmptyNote centered>Đang tải…</EmptyNote>
  if (error || !review) return <EmptyNote centered>Không tìm thấy đánh giá này.</EmptyNote>
  const hidden = review.status === "hidden"
  const rows: [string, string | null | undefined][] = [
    ["Sản phẩm", review.product?.title],
    ["Số sao", `${review.rating}/5`],
    ["Người viết", review.author_name || "Người mua (tài khoản không có tên)"],
    ["Đơn hàng", review.order_id],
    ["Nội dung", review.text],
    ["Trả lời của chủ thể", review.reply ? `${review.reply.text}\n(${review.reply.replied_at ? formatDate(review.reply.replied_at) : ""})` : "Chưa trả lời"],
    ["Lý do ẩn", hidden ? review.hidden_reason : null],
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title={`Đánh giá ${review.product?.title ?? ""}`}
          subtitle={`Viết ngày ${review.created_at ? formatDate(review.created_at) : "—"}`}
          actions={
            <>
              <StatusBadge color={hidden ? "red" : "green"}>{hidden ? "Đã ẩn" : "Đang hiển thị"}</StatusBadge>
              {hidden ? (
                <Button size="small" variant="secondary" isLoading={moderate.isPending} onClick={() => moderate.mutate({ status: "published" })}>
                  Hiện lại
                </Button>
              ) : (
                <Button size="small" variant="danger" onClick={() => setOpen(true)}>
                  Ẩn đánh giá
                </Button>
              )}
            </>
          }
        />
        {!open && moderate.error && (
          <Text size="small" className="px-6 py-3 text-ui-fg-error">
            {errorMessage(moderate.error)}
          </Text>
        )}
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 px-6 py-4 md:grid-cols-2">
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label}>
                <Text size="small" className="text-ui-fg-subtle" asChild>
                  <dt>{label}</dt>
                </Text>
                <Text size="small" asChild>
                  <dd className="whitespace-pre-line break-words">{value}</dd>
                </Text>
              </div>
            ))}
        </dl>
        {review.photos.length > 0 && (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              Ảnh người mua gửi ({review.photos.length}) · ẩn đánh giá thì ảnh cũng ẩn theo
            </Text>
            <ul className="mt-2 flex flex-wrap gap-3">
              {review.photos.map((photo, index) => (
                <li key={photo.id}>
                  <a href={photo.url} target="_blank" rel="noreferrer" className="block overflow-hidden rounded-md border border-ui-border-base">
                    <img src={photo.url} alt={`Ảnh ${index + 1} của đánh giá`} className="h-32 w-32 object-cover" loading="lazy" />
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Container>
      <HideDrawer review={review} open={open} onOpenChange={setOpen} />
    </div>
  )
}

function HideDrawer({ review, open, onOpenChange }: { review: Review; open: boolean; onOpenChange: (open: boolean) => void }) {
  const moderate = useModerateReview(review.id)
  const [reason, setReason] = useState("")
  useOnOpen(open, () => {
    setReason("")
    moderate.reset()
  })
  return (
    <DrawerPanel
      open={open}
      onOpenChange={onOpenChange}
      title="Ẩn đánh giá"
      description="Đánh giá bị ẩn (cả ảnh kèm theo) không còn hiện trên trang sản phẩm và không tính vào điểm trung bình; người viết thấy lý do."
      error={errorMessage(moderate.error)}
      action={{
        label: "Ẩn",
        pending: moderate.isPending,
        onSubmit: () => moderate.mutate({ status: "hidden", reason: reason.trim() }, { onSuccess: () => onOpenChange(false) }),
      }}
    >
      <Field label="Lý do (người viết sẽ thấy)" htmlFor="reason">
        <Textarea id="reason" value={reason} onChange={(event) => setReason(event.target.value)} rows={3} maxLength={500} />
      </Field>
    </DrawerPanel>
  )
}

export default ReviewPage
