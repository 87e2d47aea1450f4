/**
 * The ways to pay that the checkout offers, by the storefront's name and by Medusa's payment provider id: the
 * checkout chooses by name, an order tells its provider id, the order pages show the name.
 */
export const PAYMENT_METHODS = ["cod", "vietqr", "stripe"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export const PROVIDERS: Record<PaymentMethod, string> = {
  cod: "pp_system_default",
  vietqr: "pp_bank-transfer_vietqr",
  stripe: "pp_stripe_stripe",
}

export function methodOf(providerId: string | null): PaymentMethod | null {
  const entry = Object.entries(PROVIDERS).find(([, id]) => id === providerId)
  return entry ? (entry[0] as PaymentMethod) : null
}
