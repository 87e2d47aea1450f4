import fs from "node:fs/promises"
import path from "node:path"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { OutboxMail } from "./outbox"

export type FileNotificationOptions = { directory: string }

/**
 * Writes each e-mail as a JSON file (to, subject, text, template, data) into a folder, as an outbox: nothing
 * leaves the machine, a developer reads the mails there, and a test reads the reset link or the order number
 * from the file. A real e-mail provider (SendGrid, SES, SMTP) replaces it by configuration only, since every
 * mail is built before it reaches a provider (src/notifications/mails.ts).
 */
export default class FileNotificationService extends AbstractNotificationProviderService {
  static override identifier = "notification-file"

  static override validateOptions(options: Record<string, unknown>) {
    if (typeof options.directory !== "string" || !options.directory) {
      throw new Error("The file notification provider needs the option `directory`")
    }
  }

  protected directory_: string
  protected logger_: Logger

  constructor({ logger }: { logger: Logger }, options: FileNotificationOptions) {
    super()
    this.directory_ = options.directory
    this.logger_ = logger
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A notification needs a recipient")
    await fs.mkdir(this.directory_, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, "-")
    const safeTo = notification.to.replace(/[^a-zA-Z0-9@._-]/g, "_")
    const id = `${stamp}-${notification.template}-${safeTo}-${Math.random().toString(36).slice(2, 8)}`
    const data = (notification.data ?? {}) as Record<string, unknown>
    const file = path.join(this.directory_, `${id}.json`)
    // Written beside, then renamed: whoever reads the outbox (outbox.ts) never sees a mail half written.
    const partial = `${file}.partial`
    const mail: OutboxMail = {
      to: notification.to,
      channel: notification.channel,
      template: notification.template,
      subject: (data.subject ?? notification.content?.subject ?? null) as string | null,
      text: (data.text ?? notification.content?.text ?? null) as string | null,
      data,
      written_at: new Date().toISOString(),
    }
    await fs.writeFile(partial, JSON.stringify(mail, null, 2))
    await fs.rename(partial, file)
    this.logger_.info(`Mail "${notification.template}" to ${notification.to} written to ${file}`)
    return { id }
  }
}
