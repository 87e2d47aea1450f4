import { Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../kit/api-error"
import { DrawerPanel, useOnOpen } from "../kit/drawer-panel"
import { Field } from "../kit/field"
import { useRevoke } from "../lib/api"
import type { Certification } from "../lib/types"

/** Withdraws a certificate; the API requires the reason, which is kept with it. */
export function RevokeDrawer({
  certification,
  open,
  onOpenChange,
}: {
  certification: Certification
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const revoke = useRevoke(certification.id)
  const [reason, setReason] = useState("")
  useOnOpen(open, () => {
    setReason("")
    revoke.reset()
  })

  return (
    <DrawerPanel
      open={open}
      onOpenChange={onOpenChange}
      title={`Thu hồi chứng nhận ${certification.certificate_no}`}
      description="Sản phẩm rời cửa hàng ngay, trừ khi một chứng nhận khác còn hiệu lực."
      error={errorMessage(revoke.error)}
      action={{
        label: "Thu hồi",
        danger: true,
        pending: revoke.isPending,
        onSubmit: () => revoke.mutate(reason, { onSuccess: () => onOpenChange(false) }),
      }}
    >
      <Field label="Lý do thu hồi" htmlFor="reason">
        <Textarea id="reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={4} />
      </Field>
      <Text size="small" className="text-ui-fg-subtle">
        Việc thu hồi không hoàn tác được; sản phẩm chỉ trở lại khi được chứng nhận hoặc gia hạn.
      </Text>
    </DrawerPanel>
  )
}
