import crypto from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { encodeVietQr } from "../../payments/vietqr"

export type BankTransferOptions = {
  /** The shop's bank as NAPAS numbers it (6 digits), its account number and the name on the account. */
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
}

/**
 * Bank transfer by VietQR. Like Medusa's system ("manual") provider, the order is placed at once and the money
 * is not taken by the shop's software: the shopper scans the code on the confirmation page, the shop sees the
 * transfer in its bank account, and an admin captures the payment on the order page ("mark as paid"). The
 * provider only knows the account to show and how to write the code for it.
 */
export default class BankTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static override identifier = "bank-transfer"

  static override validateOptions(options: Record<string, unknown>) {
    for (const key of ["bank_bin", "bank_name", "account_number", "account_name"]) {
      if (typeof options[key] !== "string" || !(options[key] as string).trim()) {
        throw new Error(`The bank-transfer payment provider needs the option "${key}"`)
      }
    }
    // Fails at start-up rather than on the first order's confirmation page.
    encodeVietQr({ bankBin: options.bank_bin as string, accountNumber: options.account_number as string })
  }

  protected options_: BankTransferOptions

  constructor(cradle: Record<string, unknown>, options: BankTransferOptions) {
    super(cradle, options)
    this.options_ = options
  }

  /** The account the shopper pays into, kept on the session and so on the payment. */
  private account() {
    const { bank_bin, bank_name, account_number, account_name } = this.options_
    return { bank_bin, bank_name, account_number, account_name }
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: crypto.randomUUID(), data: this.account(), status: PaymentSessionStatus.PENDING }
  }

  /** The order may be placed before the money arrives: it waits, authorised, until an admin captures it. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: { ...(input.data ?? {}), ...this.account() }, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...(input.data ?? {}), received_at: new Date().toISOString() } }
  }

  async getPaymentStatus(_input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: { ...(input.data ?? {}), ...this.account() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  /** A refund is a transfer back, made by hand from the bank; Medusa records it. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
