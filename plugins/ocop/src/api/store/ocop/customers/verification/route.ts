import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { checkVerificationLink, customerOfLink, loginOfCustomer, markEmailVerified } from "../../../../../customers/email-verification"
import type { StoreOcopVerifyEmailType } from "../validators"

const invalidLink = () =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "Liên kết xác minh không hợp lệ hoặc không dành cho e-mail hiện tại của tài khoản / " +
      "the verification link is not valid, or not for the account's current e-mail",
    "verification_link_invalid"
  )

/**
 * Follows the mailed link, logged in or not (the mail may be read on another device): reading the mail is the
 * proof. The link names the customer and is signed for her current e-mail; following it twice is harmless.
 */
export async function POST(req: MedusaRequest<StoreOcopVerifyEmailType>, res: MedusaResponse) {
  const { token } = req.validatedBody
  const customerId = customerOfLink(token)
  if (!customerId) throw invalidLink()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email", "has_account"], filters: { id: customerId } })
  const customer = data[0] as { id: string; email: string | null; has_account: boolean } | undefined
  if (!customer?.has_account || !customer.email) throw invalidLink()
  const check = checkVerificationLink(req.scope, { id: customer.id, email: customer.email }, token)
  if (check === "invalid") throw invalidLink()
  if (check === "expired") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Liên kết xác minh đã hết hạn: đăng nhập và yêu cầu liên kết mới / the verification link has expired: log in and ask for a new one",
      "verification_link_expired"
    )
  }
  const login = await loginOfCustomer(req.scope, { id: customer.id, email: customer.email })
  if (!login) throw invalidLink()
  const already = await markEmailVerified(req.scope, login, customer.email)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ email_verification: { email: customer.email, verified: true, already_verified: already } })
}
