import { Button, Input, Select, Textarea } from "@medusajs/ui"
import type { FormEvent } from "react"
import { PRODUCER_ENTITY_TYPE_CODES } from "../../modules/ocop/rules"
import { entityTypeLabel, formatPhone } from "../lib/labels"
import type { Producer } from "../lib/types"
import { Field, FormError } from "./field"
import { asText, numberOrNull, textOrNull, useFormValues } from "./form-state"
import { NameAndHandle } from "./name-and-handle"

const EMPTY = {
  handle: "", name: "", entity_type: "cooperative", representative: "", phone: "", email: "", province_code: "66",
  ward_code: "", address_line: "", address_as_certified: "", latitude: "", longitude: "", founded_year: "",
  story_vi: "", story_en: "",
}

/**
 * Create or edit a producer. Checks are the API's: its message (phone, codes, duplicate handle…) is shown
 * as it comes.
 */
export function ProducerForm({
  producer,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  producer?: Producer
  submitLabel: string
  pending: boolean
  error: string | null
  onSubmit: (body: Record<string, unknown>) => void
}) {
  const initial = producer
    ? ({ ...Object.fromEntries(Object.keys(EMPTY).map((k) => [k, asText((producer as any)[k])])), phone: formatPhone(producer.phone) } as typeof EMPTY)
    : EMPTY
  const { values, set, bind } = useFormValues(initial)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit({
      handle: values.handle.trim(),
      name: values.name.trim(),
      entity_type: values.entity_type,
      representative: values.representative.trim(),
      phone: values.phone.trim(),
      email: textOrNull(values.email),
      province_code: values.province_code.trim(),
      ward_code: values.ward_code.trim(),
      address_line: values.address_line.trim(),
      address_as_certified: values.address_as_certified.trim(),
      latitude: numberOrNull(values.latitude),
      longitude: numberOrNull(values.longitude),
      founded_year: numberOrNull(values.founded_year),
      story_vi: values.story_vi,
      story_en: textOrNull(values.story_en),
    })
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-6 px-6 py-4">
      <FormError message={error} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <NameAndHandle
          nameLabel="Tên chủ thể"
          handleHint="Chữ thường không dấu, nối bằng dấu gạch ngang; dùng trong địa chỉ trang."
          name={values.name}
          handle={values.handle}
          isNew={!producer}
          set={set}
        />
        <Field label="Loại hình" htmlFor="entity_type">
          <Select value={values.entity_type} onValueChange={(v) => set("entity_type", v)}>
            <Select.Trigger id="entity_type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {PRODUCER_ENTITY_TYPE_CODES.map((code) => (
                <Select.Item key={code} value={code}>
                  {entityTypeLabel(code)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field label="Người đại diện" htmlFor="representative">
          <Input {...bind("representative")} required />
        </Field>
        <Field label="Điện thoại" htmlFor="phone" hint="Di động Việt Nam, ví dụ 0905 214 386; lưu dạng +84…">
          <Input {...bind("phone")} type="tel" required />
        </Field>
        <Field label="E-mail" htmlFor="email" optional hint="Nhận nhắc gia hạn 30 ngày trước khi giấy chứng nhận hết hạn.">
          <Input {...bind("email")} type="email" />
        </Field>
        <Field label="Mã tỉnh" htmlFor="province_code" hint="Mã hành chính sau sáp nhập 2025 (Đắk Lắk: 66).">
          <Input {...bind("province_code")} inputMode="numeric" required />
        </Field>
        <Field label="Mã xã/phường" htmlFor="ward_code" hint="5 chữ số.">
          <Input {...bind("ward_code")} inputMode="numeric" required />
        </Field>
        <Field label="Địa chỉ hiện nay" htmlFor="address_line" className="md:col-span-2">
          <Input {...bind("address_line")} required />
        </Field>
        <Field
          label="Địa chỉ ghi trên giấy chứng nhận"
          htmlFor="address_as_certified"
          className="md:col-span-2"
          hint="Như in trên giấy, kể cả tên huyện cũ (người mua nhận ra nơi sản xuất qua tên này)."
        >
          <Input {...bind("address_as_certified")} required />
        </Field>
        <Field label="Vĩ độ" htmlFor="latitude" optional>
          <Input {...bind("latitude")} inputMode="decimal" placeholder="12.6841" />
        </Field>
        <Field label="Kinh độ" htmlFor="longitude" optional>
          <Input {...bind("longitude")} inputMode="decimal" placeholder="108.0412" />
        </Field>
        <Field label="Năm thành lập" htmlFor="founded_year" optional>
          <Input {...bind("founded_year")} inputMode="numeric" />
        </Field>
        <div className="hidden md:block" />
        <Field label="Câu chuyện sản phẩm (tiếng Việt)" htmlFor="story_vi" optional className="md:col-span-2">
          <Textarea {...bind("story_vi")} rows={4} />
        </Field>
        <Field label="Câu chuyện (tiếng Anh)" htmlFor="story_en" optional className="md:col-span-2">
          <Textarea {...bind("story_en")} rows={3} />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
