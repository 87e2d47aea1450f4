/**
 * The verify words a product page may need (its 410 when the certificate lapsed, a 429) and the lookup form's:
 * split from the rest so the product page's code carries only these (features/verify/strings.ts).
 */
const verifyErrors = {
  title: "Tra cứu chứng nhận OCOP",
  label: "Số giấy chứng nhận, số quyết định hoặc tên sản phẩm",
  placeholder: "Ví dụ OCOP-66-2024-010",
  submit: "Tra cứu",
  gone: {
    title: "Sản phẩm không còn được bày bán",
    revoked: "Giấy chứng nhận {{number}} của “{{title}}” đã bị thu hồi ngày {{date}}, nên sản phẩm không còn được bày bán ở đây.",
    expired: "Giấy chứng nhận {{number}} của “{{title}}” đã hết hạn ngày {{date}} và chưa được cấp lại, nên sản phẩm không còn được bày bán ở đây.",
    lookup: "Xem chi tiết giấy chứng nhận",
    browse: "Xem các sản phẩm OCOP đang bán",
  },
  tooMany: "Bạn đã tra cứu quá nhiều lần trong ít phút. Hãy thử lại sau {{minutes}} phút.",
  unavailable: "Chưa tra cứu được lúc này. Hãy thử lại sau ít phút.",
}

export default verifyErrors
