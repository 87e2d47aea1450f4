/** The seller portal's stamps page (`stamps.*`), loaded with that page only. */
const stamps = {
  tab: "Tem OCOP",
  title: "Tem OCOP có mã riêng",
  intro:
    "Mỗi gói hàng một tem, mỗi tem một mã không đoán được. Người mua quét mã để kiểm tra; một mã bị quét ở nhiều nơi là dấu hiệu tem bị sao chép, và văn phòng OCOP tỉnh được báo.",
  none: "Chủ thể chưa có giấy chứng nhận OCOP nào.",
  certificate: "Giấy chứng nhận {{number}}",
  status: {
    valid: "Còn hiệu lực",
    expiring: "Sắp hết hạn",
    expired: "Đã hết hạn",
    revoked: "Đã bị thu hồi",
    superseded: "Đã xếp hạng lại",
    not_yet_valid: "Chưa có hiệu lực",
  },
  validUntil: "hiệu lực đến {{date}}",
  notStampable: "Chỉ in tem cho giấy chứng nhận còn hiệu lực.",
  batches: "Lô tem",
  noBatches: "Chưa in lô tem nào.",
  batch: "{{quantity}} tem · {{date}}",
  batchCounts: "{{checked}} đã được quét · {{flagged}} nghi sao chép",
  byProgramme: "Văn phòng OCOP tạo",
  byProducer: "Chủ thể tạo",
  download: "Tải tờ tem (PDF)",
  quantity: "Số tem",
  note: "Ghi chú (đợt in, dây chuyền)",
  issue: "Tạo lô tem",
  issued: "Đã tạo lô {{quantity}} tem. Tải tờ tem để in.",
  quantityError: "Số tem từ 1 đến 100.000.",
  failed: "Chưa tạo được lô tem: {{message}}",
}

export type StampsResources = typeof stamps
export default stamps
