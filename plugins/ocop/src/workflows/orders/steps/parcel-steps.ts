import type { IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import OrderProducerLink from "../../../links/order-producer"
import { amount } from "../../../orders/amount"
import { CANCELLATION_KEY, liveFulfilment, parcelState, PROGRESS_FIELDS, refuseStep, type Delivery, type FulfilmentStep, type ParcelState } from "../../../orders/fulfilment"
import { pickupOptionIds } from "../../../orders/order-groups"

export type ParcelStepInput = { order_id: string; producer_id: string; member_id: string }

export type CheckedParcel = {
  order_id: string
  state: ParcelState
  delivery: Delivery
  /** The fulfilment the parcel travels in, once packed. */
  fulfillment_id: string | null
  fulfillment_metadata: Record<string, unknown>
  items: { id: string; quantity: number }[]
  /** The parcel's own cash-on-delivery payment while the courier has not yet collected it. */
  cash_payment_id: string | null
}

/**
 * The parcel the producer acts on, read fresh, and whether this step may come now: another producer's order is
 * the same 404 as none, a step out of order a 400 that names the next one (orders/fulfilment.ts). Nothing is
 * written, so there is nothing to undo.
 */
export const checkParcelStep = createStep(
  "ocop-check-parcel-step",
  async (input: { order_id: string; producer_id: string; step: FulfilmentStep }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: OrderProducerLink.entryPoint,
      fields: ["order_id"],
      filters: { order_id: input.order_id, producer_id: input.producer_id },
    })
    const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng / order ${input.order_id} not found`)
    if (!links.length) throw notFound
    const { data } = await query.graph({
      entity: "order",
      fields: [
        // `items.*`: the order module fills in a line's quantity only when the line is read whole.
        "id", ...PROGRESS_FIELDS, "items.*", "shipping_methods.shipping_option_id",
        "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as Record<string, any> | undefined
    if (!order) throw notFound
    const delivery: Delivery = (await pickupOptionIds(container, [order])).size ? "pickup" : "home"
    const state = parcelState(order)
    const refusal = refuseStep(state, delivery, input.step)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal, "step_out_of_order")
    const fulfilment = liveFulfilment(order)
    const payments = ((order.payment_collections ?? []) as any[]).flatMap((c) => (c?.payments ?? []) as any[]).filter(Boolean)
    const cash = payments.find((p) => p.provider_id === "pp_system_default" && !p.captured_at && !p.canceled_at)
    return new StepResponse<CheckedParcel>({
      order_id: order.id,
      state,
      delivery,
      fulfillment_id: fulfilment?.id ?? null,
      fulfillment_metadata: fulfilment?.metadata ?? {},
      items: ((order.items ?? []) as any[]).filter(Boolean).map((item) => ({ id: item.id, quantity: amount(item.quantity) })),
      cash_payment_id: cash?.id ?? null,
    })
  }
)

/**
 * Why and by whom (`producer:<member>`, or `shopper`) the parcel was cancelled, on the order (Medusa's cancellation keeps no reason). The order's
 * metadata as it was comes back if a later step fails.
 */
export const recordCancellationStep = createStep(
  "ocop-record-parcel-cancellation",
  async (input: { order_id: string; reason: string; by: string }, { container }) => {
    const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
    const [order] = await orders.listOrders({ id: input.order_id }, { select: ["id", "metadata"] })
    const before = (order?.metadata ?? null) as Record<string, unknown> | null
    await orders.updateOrders(input.order_id, {
      metadata: { ...(before ?? {}), [CANCELLATION_KEY]: { reason: input.reason, by: input.by, at: new Date().toISOString() } },
    })
    return new StepResponse(input.order_id, { id: input.order_id, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<IOrderModuleService>(Modules.ORDER).updateOrders(undo.id, { metadata: undo.before })
  }
)
