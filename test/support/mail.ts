/** The mails the stack's backend wrote to its file outbox (plugins/ocop/src/providers/notification-file). */
import { readOutbox, type OutboxMail } from "@ocop/medusa-plugin-ocop/mail-outbox"
import { storeRequest, type StackInfo } from "./stack"

/** The newest mail of this template to this address written at or after `after` (ms), waiting for it a while. */
export async function waitForMail(stack: StackInfo, template: string, to: string, after: number): Promise<OutboxMail> {
  const until = Date.now() + 15_000
  for (;;) {
    const mails = readOutbox(stack.mail_dir).filter((mail) => mail.template === template && mail.to === to && Date.parse(mail.written_at) >= after)
    if (mails.length) return mails[mails.length - 1]!
    if (Date.now() > until) throw new Error(`no ${template} mail for ${to} in ${stack.mail_dir}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Follows the verification link mailed to this address on registering, as the storefront's page does. */
export async function verifyEmail(stack: StackInfo, email: string, after = 0) {
  const mail = await waitForMail(stack, "ocop-email-verification", email, after)
  const token = new URL(mail.data.link).searchParams.get("t")
  await storeRequest(stack, "POST", "/store/ocop/customers/verification", { body: { token } })
}
