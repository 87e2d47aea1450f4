import { Button, Checkbox, Drawer, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage, useProductChoices, useSetSalesPointProducts } from "../lib/api"
import type { SalesPoint } from "../lib/types"
import { FormError } from "./field"

/** Which products a sales point carries, chosen from Medusa's product list and saved as a whole. */
export function SalesPointProductsDrawer({
  salesPoint,
  open,
  onOpenChange,
}: {
  salesPoint: SalesPoint
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const [q, setQ] = useState("")
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const { data } = useProductChoices(q)
  const save = useSetSalesPointProducts(salesPoint.id)
  useEffect(() => {
    if (open) {
      setQ("")
      setChosen(new Set((salesPoint.products ?? []).map((p) => p.id)))
      save.reset()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Sản phẩm bán tại {salesPoint.name}</Drawer.Title>
          <Drawer.Description>Đã chọn {chosen.size} sản phẩm. Chỉ sản phẩm đạt chứng nhận mới hiện trên cửa hàng.</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <FormError message={errorMessage(save.error)} />
          <Input type="search" placeholder="Tìm sản phẩm" value={q} onChange={(e) => setQ(e.target.value)} />
          <div className="flex flex-col gap-y-3">
            {(data?.products ?? []).map((product) => (
              <div key={product.id} className="flex items-center gap-x-3">
                <Checkbox
                  id={`sp-product-${product.id}`}
                  checked={chosen.has(product.id)}
                  onCheckedChange={(checked) => toggle(product.id, checked === true)}
                />
                <Label htmlFor={`sp-product-${product.id}`} size="small">
                  {product.title}
                </Label>
              </div>
            ))}
          </div>
          {data && data.count > data.products.length && (
            <Text size="xsmall" className="text-ui-fg-muted">
              Hiện {data.products.length}/{data.count} sản phẩm; gõ tên để tìm.
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Huỷ
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={save.isPending} onClick={() => save.mutate([...chosen], { onSuccess: () => onOpenChange(false) })}>
            Lưu
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
