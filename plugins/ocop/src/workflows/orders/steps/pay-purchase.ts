import type { IPaymentModuleService, PaymentDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PayPurchaseInput = {
  /** `once`: the cart's payment session, authorised once for the purchase; `per_parcel`: a collection per order. */
  mode: "once" | "per_parcel"
  session_id: string | null
  provider_id: string | null
  order_ids: string[]
}

export type PayPurchaseResult = {
  /** The purchase's one payment (with its captures), when paid once and authorised now. */
  payment: PaymentDTO | null
  /** Each order's own payment collection, when each parcel is paid to its courier. */
  parcels: { order_id: string; payment_collection_id: string }[]
}

type Undo = { paymentIds: string[]; collectionIds: string[] }

/**
 * Takes the purchase's money, the last thing the completion does (as in Medusa's own): either the cart's payment
 * session, authorised once for every parcel (VietQR transfer, card; with Medusa's answers when the provider wants
 * more from the shopper or refuses), or, for cash on delivery of several parcels, one payment collection per order
 * for its own total, authorised with the system provider, since each courier collects for its parcel. Undone
 * (payments cancelled, collections deleted) if anything after it fails.
 */
export const payPurchaseStep = createStep(
  "ocop-pay-purchase",
  async (input: PayPurchaseInput, { container }) => {
    const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
    const undo: Undo = { paymentIds: [], collectionIds: [] }
    if (input.mode === "once") {
      const payment = await authorizeOnce(container, payments, input.session_id)
      if (payment && payment.payment_session?.status !== PaymentSessionStatus.REQUIRES_MORE) undo.paymentIds.push(payment.id)
      return new StepResponse<PayPurchaseResult, Undo>({ payment, parcels: [] }, undo)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "total", "currency_code"], filters: { id: input.order_ids } })
    const parcels: PayPurchaseResult["parcels"] = []
    try {
      // One write for the collections, then each parcel's session and authorisation side by side.
      const list = orders as any[]
      const collections = await payments.createPaymentCollections(list.map((order) => ({ currency_code: order.currency_code, amount: order.total })))
      undo.collectionIds.push(...collections.map((c) => c.id))
      await Promise.all(
        list.map(async (order, i) => {
          const session = await payments.createPaymentSession(collections[i]!.id, {
            provider_id: input.provider_id!,
            currency_code: order.currency_code,
            amount: order.total,
            data: {},
          })
          const payment = await payments.authorizePaymentSession(session.id, {})
          if (payment?.id) undo.paymentIds.push(payment.id)
          parcels.push({ order_id: order.id, payment_collection_id: collections[i]!.id })
        })
      )
    } catch (error) {
      await undoPayments(payments, undo)
      throw error
    }
    return new StepResponse<PayPurchaseResult, Undo>({ payment: null, parcels }, undo)
  },
  async (undo, { container }) => {
    if (undo) await undoPayments(container.resolve<IPaymentModuleService>(Modules.PAYMENT), undo, container.resolve(ContainerRegistrationKeys.LOGGER))
  }
)

/** Medusa's authorizePaymentSessionStep, as its completion runs it (that step cannot sit inside this one). */
async function authorizeOnce(container: any, payments: IPaymentModuleService, sessionId: string | null): Promise<PaymentDTO | null> {
  if (!sessionId) return null
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await payments.authorizePaymentSession(sessionId, {})
  } catch (error) {
    logger.error(`Error was thrown trying to authorize payment session - ${sessionId} - ${error}`)
    if (MedusaError.isMedusaError(error)) throw error
  }
  const session = await payments.retrievePaymentSession(sessionId, { relations: ["payment", "payment.captures"] })
  // Deferred authorisation (a transfer confirmed later): the purchase is placed without a payment yet.
  if (session.status === PaymentSessionStatus.PENDING_AUTHORIZATION) return null
  if (session.status === PaymentSessionStatus.REQUIRES_MORE) {
    throw new MedusaError(MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR, "More information is required for payment")
  }
  if (session.status !== PaymentSessionStatus.AUTHORIZED || !session.payment) {
    throw new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, "Payment authorization failed")
  }
  return session.payment as PaymentDTO
}

async function undoPayments(payments: IPaymentModuleService, undo: Undo, logger?: { error: (m: string) => void }) {
  for (const id of undo.paymentIds) {
    await payments.cancelPayment(id).catch((error) => logger?.error(`Error was thrown trying to cancel payment - ${id} - ${error}`))
  }
  if (undo.collectionIds.length) await payments.deletePaymentCollections(undo.collectionIds)
}
