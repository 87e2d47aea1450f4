import { Button, Drawer, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { errorMessage, useRevoke } from "../lib/api"
import type { Certification } from "../lib/types"
import { Field, FormError } from "./field"

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
  useEffect(() => {
    if (open) {
      setReason("")
      revoke.reset()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    revoke.mutate(reason, { onSuccess: () => onOpenChange(false) })
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Thu hồi chứng nhận {certification.certificate_no}</Drawer.Title>
            <Drawer.Description>Sản phẩm rời cửa hàng ngay, trừ khi một chứng nhận khác còn hiệu lực.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <FormError message={errorMessage(revoke.error)} />
            <Field label="Lý do thu hồi" htmlFor="reason">
              <Textarea id="reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={4} />
            </Field>
            <Text size="small" className="text-ui-fg-subtle">
              Việc thu hồi không hoàn tác được; sản phẩm chỉ trở lại khi được chứng nhận hoặc gia hạn.
            </Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Huỷ
              </Button>
            </Drawer.Close>
            <Button size="small" variant="danger" type="submit" isLoading={revoke.isPending}>
              Thu hồi
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
