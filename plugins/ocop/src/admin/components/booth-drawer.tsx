import { Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../kit/api-error"
import { DrawerPanel, useOnOpen } from "../kit/drawer-panel"
import { Field } from "../kit/field"
import { useFormValues } from "../kit/form-state"
import { SelectInput } from "../kit/select-input"
import { useProducers, useSaveBooth, useShowableProducts } from "../lib/api"
import type { Booth, Fair } from "../lib/types"

const NO_ZONE = "none"

/**
 * Adds a booth or changes one: its number, zone and place on the floor plan (grid cells from the top-left), the
 * producer, and which of that producer's certified products it shows. Only products a shopper may see today are
 * offered, and the API checks the same again.
 */
export function BoothDrawer({ fair, booth, open, onOpenChange }: { fair: Fair; booth: Booth | null; open: boolean; onOpenChange: (open: boolean) => void }) {
  const save = useSaveBooth(fair.id)
  const producers = useProducers({ limit: 100, order: "name" })
  const { values, set, bind } = useFormValues({ number: "", zone_id: NO_ZONE, producer_id: "", x: "0", y: "0", width: "1", height: "1" })
  const [products, setProducts] = useState<string[]>([])
  const showable = useShowableProducts(fair.id, values.producer_id)
  useOnOpen(open, () => {
    set("number", booth?.number ?? "")
    set("zone_id", booth?.zone_id ?? fair.zones[0]?.id ?? NO_ZONE)
    set("producer_id", booth?.producer_id ?? "")
    set("x", String(booth?.x ?? 0))
    set("y", String(booth?.y ?? 0))
    set("width", String(booth?.width ?? 1))
    set("height", String(booth?.height ?? 1))
    setProducts(booth?.products.map((p) => p.id) ?? [])
    save.reset()
  })
  const whole = (text: string) => Number.parseInt(text, 10)
  const chooseProducer = (id: string) => {
    set("producer_id", id)
    setProducts([])
  }
  return (
    <DrawerPanel
      open={open}
      onOpenChange={onOpenChange}
      title={booth ? `Gian hàng ${booth.number}` : "Thêm gian hàng"}
      description={`Sơ đồ ${fair.floor_columns} cột × ${fair.floor_rows} hàng; ô đầu tiên ở góc trên bên trái là cột 0, hàng 0.`}
      error={errorMessage(save.error)}
      action={{
        label: booth ? "Lưu gian hàng" : "Thêm gian hàng",
        pending: save.isPending,
        onSubmit: () =>
          save.mutate(
            {
              id: booth?.id,
              number: values.number.trim(),
              zone_id: values.zone_id === NO_ZONE ? null : values.zone_id,
              producer_id: values.producer_id,
              x: whole(values.x),
              y: whole(values.y),
              width: whole(values.width),
              height: whole(values.height),
              product_ids: products,
            },
            { onSuccess: () => onOpenChange(false) }
          ),
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <Field label="Số gian hàng" htmlFor="number">
          <Input {...bind("number")} required placeholder="A12" />
        </Field>
        <Field label="Khu" htmlFor="zone_id">
          <SelectInput
            id="zone_id"
            value={values.zone_id}
            onChange={(v) => set("zone_id", v)}
            options={[...fair.zones.map((z) => ({ value: z.id, label: `${z.code} · ${z.name}` })), { value: NO_ZONE, label: "Không thuộc khu nào" }]}
          />
        </Field>
        <Field label="Cột" htmlFor="x">
          <Input {...bind("x")} inputMode="numeric" />
        </Field>
        <Field label="Hàng" htmlFor="y">
          <Input {...bind("y")} inputMode="numeric" />
        </Field>
        <Field label="Rộng (ô)" htmlFor="width">
          <Input {...bind("width")} inputMode="numeric" />
        </Field>
        <Field label="Sâu (ô)" htmlFor="height">
          <Input {...bind("height")} inputMode="numeric" />
        </Field>
      </div>
      <Field label="Chủ thể" htmlFor="producer_id">
        <SelectInput
          id="producer_id"
          value={values.producer_id}
          onChange={chooseProducer}
          placeholder="Chọn chủ thể"
          options={(producers.data?.producers ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Field>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Sản phẩm trưng bày
        </Label>
        {!values.producer_id ? (
          <Text size="small" className="text-ui-fg-subtle">
            Chọn chủ thể trước.
          </Text>
        ) : showable.data?.products.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            Chủ thể chưa có sản phẩm đang được chứng nhận 3 sao trở lên.
          </Text>
        ) : (
          (showable.data?.products ?? []).map((product) => (
            <div key={product.id} className="flex items-center gap-x-2">
              <Checkbox
                id={`product-${product.id}`}
                checked={products.includes(product.id)}
                onCheckedChange={(on) => setProducts((current) => (on ? [...current, product.id] : current.filter((id) => id !== product.id)))}
              />
              <Label htmlFor={`product-${product.id}`} size="small">
                {product.title} · {product.stars} ★
              </Label>
            </div>
          ))
        )}
      </div>
    </DrawerPanel>
  )
}
