import { PRODUCER_ENTITY_TYPE_CODES, RENEWAL_REMINDER_DAYS } from "../../modules/ocop/rules"
import type { FormField } from "../kit/record-form"
import { entityTypeLabel, formatPhone } from "../lib/labels"

/** A producer's form, in the order of its certificate: who, how to reach them, where, their story. */
export const PRODUCER_FIELDS: FormField[] = [
  { name: "name", kind: "name-and-handle", label: "Tên chủ thể", handleHint: "Chữ thường không dấu, nối bằng dấu gạch ngang; dùng trong địa chỉ trang." },
  {
    name: "entity_type",
    kind: "select",
    label: "Loại hình",
    initial: "cooperative",
    options: PRODUCER_ENTITY_TYPE_CODES.map((code) => ({ value: code, label: entityTypeLabel(code) })),
  },
  { name: "representative", label: "Người đại diện", required: true },
  {
    name: "phone",
    kind: "tel",
    label: "Điện thoại",
    required: true,
    hint: "Di động Việt Nam, ví dụ 0905 214 386; lưu dạng +84…",
    show: (value) => formatPhone(String(value ?? "")),
  },
  {
    name: "email",
    kind: "email",
    label: "E-mail",
    optional: true,
    hint: `Nhận nhắc gia hạn ${RENEWAL_REMINDER_DAYS.join(", ")} ngày trước khi giấy chứng nhận hết hạn.`,
  },
  { name: "province_code", inputMode: "numeric", label: "Mã tỉnh", required: true, initial: "66", hint: "Mã hành chính sau sáp nhập 2025 (Đắk Lắk: 66)." },
  { name: "ward_code", inputMode: "numeric", label: "Mã xã/phường", required: true, hint: "5 chữ số." },
  { name: "address_line", label: "Địa chỉ hiện nay", required: true, wide: true },
  {
    name: "address_as_certified",
    label: "Địa chỉ ghi trên giấy chứng nhận",
    required: true,
    wide: true,
    hint: "Như in trên giấy, kể cả tên huyện cũ (người mua nhận ra nơi sản xuất qua tên này).",
  },
  { name: "latitude", kind: "number", label: "Vĩ độ", optional: true, placeholder: "12.6841" },
  { name: "longitude", kind: "number", label: "Kinh độ", optional: true, placeholder: "108.0412" },
  { name: "founded_year", kind: "number", inputMode: "numeric", label: "Năm thành lập", optional: true },
  { kind: "gap" },
  // Sent as typed: an empty story is an empty text, not a missing one.
  { name: "story_vi", kind: "textarea", label: "Câu chuyện sản phẩm (tiếng Việt)", optional: true, wide: true, rows: 4, send: (v) => v },
  { name: "story_en", kind: "textarea", label: "Câu chuyện (tiếng Anh)", optional: true, wide: true, rows: 3 },
]
