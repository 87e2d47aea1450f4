import type { FormField } from "../kit/record-form"
import { formatPhone } from "../lib/labels"

/** A fair's form: what and who, where (the venue on the map), when (Vietnam days, both included), the floor's grid. */
export const FAIR_FIELDS: FormField[] = [
  { name: "name", kind: "name-and-handle", label: "Tên hội chợ", handleHint: "Chữ thường không dấu, nối bằng dấu gạch ngang: địa chỉ trang hội chợ." },
  { name: "name_en", label: "Tên tiếng Anh", optional: true, wide: true },
  { name: "first_day", label: "Ngày khai mạc", required: true, placeholder: "2027-03-10", hint: "Năm-tháng-ngày, giờ Việt Nam." },
  { name: "last_day", label: "Ngày bế mạc", required: true, placeholder: "2027-03-14", hint: "Ngày cuối cùng, tính cả ngày này." },
  { name: "organiser", label: "Đơn vị tổ chức", required: true },
  { name: "organiser_phone", kind: "tel", label: "Điện thoại ban tổ chức", required: true, show: (value) => formatPhone(String(value ?? "")) },
  { name: "organiser_email", kind: "email", label: "E-mail ban tổ chức", optional: true },
  { name: "venue_name", label: "Địa điểm", required: true, placeholder: "Quảng trường 10/3" },
  { name: "address", label: "Địa chỉ", required: true, wide: true },
  { name: "province_code", inputMode: "numeric", label: "Mã tỉnh", required: true, initial: "66" },
  { name: "ward_code", inputMode: "numeric", label: "Mã xã/phường", required: true },
  { name: "latitude", kind: "number", label: "Vĩ độ", required: true, placeholder: "12.6677" },
  { name: "longitude", kind: "number", label: "Kinh độ", required: true, placeholder: "108.0381" },
  { name: "opening_hours_vi", label: "Giờ mở cửa", required: true, placeholder: "8:00–22:00 hằng ngày" },
  { name: "opening_hours_en", label: "Giờ mở cửa (tiếng Anh)", optional: true },
  { name: "floor_columns", kind: "number", inputMode: "numeric", label: "Sơ đồ: số cột", initial: "12", hint: "Lưới ô vuông của sơ đồ gian hàng (1–60)." },
  { name: "floor_rows", kind: "number", inputMode: "numeric", label: "Sơ đồ: số hàng", initial: "8" },
  { name: "description_vi", kind: "textarea", label: "Giới thiệu", wide: true, rows: 4 },
  { name: "description_en", kind: "textarea", label: "Giới thiệu (tiếng Anh)", optional: true, wide: true, rows: 3 },
  { name: "cover_image", label: "Ảnh bìa (địa chỉ)", optional: true, wide: true },
  { name: "published", kind: "switch", label: "Công bố trên cửa hàng", initial: false },
]
