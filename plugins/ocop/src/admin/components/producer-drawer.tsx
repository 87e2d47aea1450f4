import { Button, Drawer, Input, RadioGroup, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage, useProducers, useSetProducer } from "../lib/api"
import { entityTypeLabel } from "../lib/labels"
import { FormError } from "./field"

const NONE = "none"

/** Picks the product's producer from a searchable list (names with or without accents). */
export function ProducerDrawer({
  productId,
  currentId,
  open,
  onOpenChange,
}: {
  productId: string
  currentId: string | null
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const [q, setQ] = useState("")
  const [chosen, setChosen] = useState(currentId ?? NONE)
  const { data } = useProducers({ q, limit: 20, order: "name" })
  const setProducer = useSetProducer(productId)
  useEffect(() => {
    if (open) {
      setQ("")
      setChosen(currentId ?? NONE)
      setProducer.reset()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Chủ thể sản xuất</Drawer.Title>
          <Drawer.Description>Thẻ sản phẩm trên cửa hàng hiện tên và nơi sản xuất của chủ thể này.</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <FormError message={errorMessage(setProducer.error)} />
          <Input type="search" placeholder="Tìm theo tên (có hoặc không dấu)" value={q} onChange={(e) => setQ(e.target.value)} />
          <RadioGroup value={chosen} onValueChange={setChosen} className="flex flex-col gap-y-3">
            <div className="flex items-center gap-x-3">
              <RadioGroup.Item value={NONE} id="producer-none" />
              <Label htmlFor="producer-none" size="small">
                Chưa gắn chủ thể
              </Label>
            </div>
            {(data?.producers ?? []).map((p) => (
              <div key={p.id} className="flex items-start gap-x-3">
                <RadioGroup.Item value={p.id} id={`producer-${p.id}`} className="mt-0.5" />
                <Label htmlFor={`producer-${p.id}`} size="small">
                  {p.name}
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {entityTypeLabel(p.entity_type)} · {p.address_as_certified}
                  </Text>
                </Label>
              </div>
            ))}
          </RadioGroup>
          {data && data.count > data.producers.length && (
            <Text size="xsmall" className="text-ui-fg-muted">
              Hiện {data.producers.length}/{data.count} chủ thể; gõ tên để tìm.
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Huỷ
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            isLoading={setProducer.isPending}
            onClick={() => setProducer.mutate(chosen === NONE ? null : chosen, { onSuccess: () => onOpenChange(false) })}
          >
            Lưu
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
