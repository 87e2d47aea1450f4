/**
 * Medusa's own Stripe provider, unchanged, with its Stripe client pointed at another address. Stripe's API
 * cannot be reached from the test machines, and `@medusajs/payment-stripe` 2.21.2 builds its client as
 * `new Stripe(options.apiKey)` with no way to pass the client's `host`/`port`/`protocol` settings. This subclass
 * runs the provider's constructor and then replaces only `stripe_` with a client of the same library (the
 * copy the provider itself requires) built with those settings. Every provider method
 * (initiate, authorise, capture, refund, cancel, webhook signature checks) stays Medusa's code.
 *
 * medusa-config.ts resolves this provider instead of `@medusajs/medusa/payment-stripe` only when
 * STRIPE_API_BASE is set (the tests' fake Stripe server); production talks to Stripe through the original.
 */
import { createRequire } from "node:module"
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"

const StripeClient = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe") as new (
  key: string,
  config: Record<string, unknown>
) => object

type Options = ConstructorParameters<typeof StripeProviderService>[1] & { apiBase: string }

class StripeAtEndpointService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    const base = new URL(options.apiBase)
    ;(this as unknown as { stripe_: object }).stripe_ = new StripeClient(options.apiKey, {
      host: base.hostname,
      port: Number(base.port || (base.protocol === "https:" ? 443 : 80)),
      protocol: base.protocol.replace(":", ""),
      maxNetworkRetries: 0,
    })
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [StripeAtEndpointService] })
