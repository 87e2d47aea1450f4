/**
 * The enquiry form's words in Vietnamese (`enquiry.*`), shown on the fair, booth and product pages and on the
 * enquiry page itself; loaded with the form (components/EnquiryForm.tsx). `en.ts` has exactly these keys.
 */
const enquiry = {
  title: "Hỏi mua số lượng lớn",
  wholesale: "Bạn là cửa hàng, nhà phân phối hay doanh nghiệp mua quà tặng? Hỏi giá sỉ trực tiếp người bán.",
  atBooth: "Người bán có mặt tại gian hàng {{booth}}, {{fair}}.",
  name: "Họ tên",
  organisation: "Cửa hàng, công ty (nếu có)",
  phone: "Số điện thoại",
  email: "E-mail",
  contactHint: "Để lại ít nhất một trong hai: số điện thoại hoặc e-mail.",
  market: "Bán ở đâu (tỉnh, nước)",
  quantity: "Số lượng dự kiến",
  quantityHint: "Ví dụ: 200 gói mỗi tháng",
  note: "Lời nhắn",
  booth: "Gửi đến gian hàng",
  boothPlaceholder: "Chọn gian hàng",
  product: "Sản phẩm",
  anyProduct: "Tất cả sản phẩm của gian hàng",
  website: "Để trống ô này",
  send: "Gửi yêu cầu",
  sending: "Đang gửi…",
  sent: "Đã gửi yêu cầu đến {{producer}}. Người bán sẽ liên hệ với bạn qua số điện thoại hoặc e-mail bạn để lại.",
  sentShort: "Đã gửi yêu cầu. Người bán sẽ liên hệ với bạn.",
  another: "Gửi yêu cầu khác",
  pageTitle: "Gửi yêu cầu mua hàng",
  pageIntro: "Yêu cầu của bạn đến thẳng người bán và được lưu cho ban tổ chức hội chợ theo dõi.",
  pageNone: "Hãy mở trang một sản phẩm hoặc một gian hàng hội chợ để gửi yêu cầu mua hàng.",
  to: "Gửi đến",
  errors: {
    summary: "Chưa gửi được: hãy sửa các ô được đánh dấu.",
    name: "Hãy nhập họ tên (tối đa 120 ký tự).",
    contact: "Hãy để lại số điện thoại hoặc e-mail để người bán liên hệ.",
    phone: "Nhập số di động Việt Nam (0 hoặc +84 rồi 9 chữ số, ví dụ 0905 123 456) hoặc số nước ngoài kèm mã nước (ví dụ +49 151 2345 6789).",
    email: "Hãy nhập e-mail hợp lệ, ví dụ ten@example.com.",
    tooLong: "Nội dung quá dài.",
    booth: "Hãy chọn gian hàng nhận yêu cầu.",
    refused: "Yêu cầu chưa được nhận: gian hàng hoặc sản phẩm không còn ở hội chợ này. Hãy tải lại trang và thử lại.",
    tooManyAttempts: "Bạn đã gửi nhiều yêu cầu trong thời gian ngắn. Hãy thử lại sau {{minutes}} phút.",
    failed: "Chưa gửi được vì lỗi hệ thống. Hãy thử lại sau ít phút.",
  },
}

export type EnquiryResources = typeof enquiry
export default enquiry
