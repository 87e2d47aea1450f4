import { Button, Input, Select, Switch, Label } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { SALES_POINT_TYPE_CODES } from "../../modules/ocop/rules"
import { salesPointTypeLabel } from "../lib/labels"
import type { SalesPoint } from "../lib/types"
import { Field, FormError } from "./field"
import { asText, numberOrNull, textOrNull, useFormValues } from "./form-state"
import { NameAndHandle } from "./name-and-handle"

const EMPTY = {
  handle: "", name: "", type: "market_kiosk", market_name: "", address: "", province_code: "66", ward_code: "",
  address_as_certified: "", latitude: "", longitude: "", opening_hours_vi: "", opening_hours_en: "", phone: "",
}

/** Create or edit a sales point; the API's refusals are shown as they come. */
export function SalesPointForm({
  salesPoint,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  salesPoint?: SalesPoint
  submitLabel: string
  pending: boolean
  error: string | null
  onSubmit: (body: Record<string, unknown>) => void
}) {
  const initial = salesPoint
    ? (Object.fromEntries(Object.keys(EMPTY).map((k) => [k, asText((salesPoint as any)[k])])) as typeof EMPTY)
    : EMPTY
  const { values, set, bind } = useFormValues(initial)
  const [active, setActive] = useState(salesPoint?.active ?? true)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit({
      handle: values.handle.trim(),
      name: values.name.trim(),
      type: values.type,
      market_name: values.market_name.trim(),
      address: values.address.trim(),
      province_code: values.province_code.trim(),
      ward_code: values.ward_code.trim(),
      address_as_certified: values.address_as_certified.trim(),
      latitude: numberOrNull(values.latitude),
      longitude: numberOrNull(values.longitude),
      opening_hours_vi: values.opening_hours_vi.trim(),
      opening_hours_en: textOrNull(values.opening_hours_en),
      phone: values.phone.trim(),
      active,
    })
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-6 px-6 py-4">
      <FormError message={error} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <NameAndHandle
          nameLabel="Tên điểm bán"
          handleHint="Chữ thường không dấu, nối bằng dấu gạch ngang."
          name={values.name}
          handle={values.handle}
          isNew={!salesPoint}
          set={set}
        />
        <Field label="Loại điểm bán" htmlFor="type">
          <Select value={values.type} onValueChange={(v) => set("type", v)}>
            <Select.Trigger id="type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {SALES_POINT_TYPE_CODES.map((code) => (
                <Select.Item key={code} value={code}>
                  {salesPointTypeLabel(code)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field label="Chợ" htmlFor="market_name" hint="Để trống cho gian hàng hội chợ.">
          <Input {...bind("market_name")} />
        </Field>
        <Field label="Địa chỉ hiện nay" htmlFor="address" className="md:col-span-2">
          <Input {...bind("address")} required />
        </Field>
        <Field label="Địa chỉ theo địa giới cũ" htmlFor="address_as_certified" className="md:col-span-2" hint="Kể cả tên huyện cũ.">
          <Input {...bind("address_as_certified")} required />
        </Field>
        <Field label="Mã tỉnh" htmlFor="province_code">
          <Input {...bind("province_code")} inputMode="numeric" required />
        </Field>
        <Field label="Mã xã/phường" htmlFor="ward_code">
          <Input {...bind("ward_code")} inputMode="numeric" required />
        </Field>
        <Field label="Vĩ độ" htmlFor="latitude">
          <Input {...bind("latitude")} inputMode="decimal" placeholder="12.6841" required />
        </Field>
        <Field label="Kinh độ" htmlFor="longitude">
          <Input {...bind("longitude")} inputMode="decimal" placeholder="108.0412" required />
        </Field>
        <Field label="Giờ mở cửa" htmlFor="opening_hours_vi">
          <Input {...bind("opening_hours_vi")} placeholder="07:00–21:00, cả tuần" required />
        </Field>
        <Field label="Giờ mở cửa (tiếng Anh)" htmlFor="opening_hours_en" optional>
          <Input {...bind("opening_hours_en")} placeholder="07:00–21:00, every day" />
        </Field>
        <Field label="Điện thoại" htmlFor="phone">
          <Input {...bind("phone")} type="tel" required />
        </Field>
        <div className="flex items-center gap-x-3 self-end pb-2">
          <Switch id="active" checked={active} onCheckedChange={setActive} />
          <Label htmlFor="active" size="small" weight="plus">
            Đang hoạt động
          </Label>
        </div>
      </div>
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
