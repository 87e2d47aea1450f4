import type errorsVi from "./errors-vi"

/** The verify words a product page may need, in English. */
const verifyErrors: typeof errorsVi = {
  title: "Check an OCOP certificate",
  label: "Certificate number, decision number or product name",
  placeholder: "For example OCOP-66-2024-010",
  submit: "Check",
  gone: {
    title: "This product is no longer on sale",
    revoked: "Certificate {{number}} of “{{title}}” was revoked on {{date}}, so the product is no longer on sale here.",
    expired: "Certificate {{number}} of “{{title}}” expired on {{date}} and has not been renewed, so the product is no longer on sale here.",
    lookup: "See the certificate",
    browse: "Browse OCOP products on sale",
  },
  tooMany: "You have checked too many times in a few minutes. Try again in {{minutes}} minutes.",
  unavailable: "The check is not available right now. Try again in a few minutes.",
}

export default verifyErrors
