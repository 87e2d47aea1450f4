import { SALES_POINT_TYPE_CODES } from "../../modules/ocop/rules"
import type { FormField } from "../kit/record-form"
import { formatPhone, salesPointTypeLabel } from "../lib/labels"

/** A sales point's form: what and where it is, when it opens, whether it is open at all. */
export const SALES_POINT_FIELDS: FormField[] = [
  { name: "name", kind: "name-and-handle", label: "Tên điểm bán", handleHint: "Chữ thường không dấu, nối bằng dấu gạch ngang." },
  {
    name: "type",
    kind: "select",
    label: "Loại điểm bán",
    initial: "market_kiosk",
    options: SALES_POINT_TYPE_CODES.map((code) => ({ value: code, label: salesPointTypeLabel(code) })),
  },
  // Not optional but may be empty: a fair booth stands in no market.
  { name: "market_name", label: "Chợ", hint: "Để trống cho gian hàng hội chợ." },
  { name: "address", label: "Địa chỉ hiện nay", required: true, wide: true },
  { name: "address_as_certified", label: "Địa chỉ theo địa giới cũ", required: true, wide: true, hint: "Kể cả tên huyện cũ." },
  { name: "province_code", inputMode: "numeric", label: "Mã tỉnh", required: true, initial: "66" },
  { name: "ward_code", inputMode: "numeric", label: "Mã xã/phường", required: true },
  { name: "latitude", kind: "number", label: "Vĩ độ", required: true, placeholder: "12.6841" },
  { name: "longitude", kind: "number", label: "Kinh độ", required: true, placeholder: "108.0412" },
  { name: "opening_hours_vi", label: "Giờ mở cửa", required: true, placeholder: "07:00–21:00, cả tuần" },
  { name: "opening_hours_en", label: "Giờ mở cửa (tiếng Anh)", optional: true, placeholder: "07:00–21:00, every day" },
  { name: "phone", kind: "tel", label: "Điện thoại", required: true, show: (value) => formatPhone(String(value ?? "")) },
  { name: "active", kind: "switch", label: "Đang hoạt động" },
]
