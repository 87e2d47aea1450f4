/**
 * A producer sends its parcel (issue 17), each step one of Medusa's own order workflows run as a step, after a
 * fresh check that the order is the producer's and the step comes next (orders/fulfilment.ts). A failure
 * half-way undoes what the workflow did. Each step emits `ocop.parcel.progressed`, whose subscriber mails the shopper.
 */
import {
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  completeOrderWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  updateFulfillmentWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CARRIER_KEY, READY_FOR_PICKUP_KEY, type FulfilmentStep } from "../../orders/fulfilment"
import { MarketplaceEvents } from "../../producers/events"
import { checkParcelStep, recordCancellationStep, type CheckedParcel, type ParcelStepInput } from "./steps/parcel-steps"

const progressed = (step: FulfilmentStep, parcel: CheckedParcel) =>
  emitEventStep({
    eventName: MarketplaceEvents.PARCEL_PROGRESSED,
    data: transform({ parcel }, ({ parcel }) => ({ id: parcel.order_id, step })),
  })

const check = (input: ParcelStepInput, step: FulfilmentStep) =>
  checkParcelStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, producer_id: input.producer_id, step })))

/** Packed: Medusa's fulfilment of every line, from the stock the order reserved (the reservation becomes the sale). */
export const packParcelWorkflow = createWorkflow("ocop-pack-parcel", (input: ParcelStepInput) => {
  const parcel = check(input, "packed")
  createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ parcel, input }, ({ parcel, input }) => ({ order_id: parcel.order_id, items: parcel.items, created_by: input.member_id })),
  })
  progressed("packed", parcel)
  return new WorkflowResponse(parcel)
})

/** Shipped: Medusa's shipment of the fulfilment with the carrier's tracking number, and the carrier's name beside it. */
export const shipParcelWorkflow = createWorkflow("ocop-ship-parcel", (input: ParcelStepInput & { carrier: string; tracking_number: string }) => {
  const parcel = check(input, "shipped")
  updateFulfillmentWorkflow.runAsStep({
    input: transform({ parcel, input }, ({ parcel, input }) => ({
      id: parcel.fulfillment_id!,
      metadata: { ...parcel.fulfillment_metadata, [CARRIER_KEY]: input.carrier },
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ parcel, input }, ({ parcel, input }) => ({
      order_id: parcel.order_id,
      fulfillment_id: parcel.fulfillment_id!,
      items: parcel.items,
      created_by: input.member_id,
      labels: [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }],
    })),
  })
  progressed("shipped", parcel)
  return new WorkflowResponse(parcel)
})

/** Ready for pickup: the packed parcel waits at the sales point (Medusa has no such state: the fulfilment's metadata). */
export const markParcelReadyForPickupWorkflow = createWorkflow("ocop-parcel-ready-for-pickup", (input: ParcelStepInput) => {
  const parcel = check(input, "ready_for_pickup")
  updateFulfillmentWorkflow.runAsStep({
    input: transform({ parcel }, ({ parcel }) => ({
      id: parcel.fulfillment_id!,
      metadata: { ...parcel.fulfillment_metadata, [READY_FOR_PICKUP_KEY]: new Date().toISOString() },
    })),
  })
  progressed("ready_for_pickup", parcel)
  return new WorkflowResponse(parcel)
})

/**
 * Delivered (or picked up): Medusa marks the fulfilment delivered; a parcel paid in cash to its courier has its
 * payment captured (the cash is collected); the order is complete.
 */
export const deliverParcelWorkflow = createWorkflow("ocop-deliver-parcel", (input: ParcelStepInput) => {
  const parcel = check(input, "delivered")
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ parcel }, ({ parcel }) => ({ orderId: parcel.order_id, fulfillmentId: parcel.fulfillment_id! })),
  })
  when("ocop-parcel-cash-collected", { parcel }, ({ parcel }) => !!parcel.cash_payment_id).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ parcel, input }, ({ parcel, input }) => ({ payment_id: parcel.cash_payment_id!, captured_by: input.member_id })),
    })
  })
  completeOrderWorkflow.runAsStep({ input: transform({ parcel }, ({ parcel }) => ({ orderIds: [parcel.order_id] })) })
  progressed("delivered", parcel)
  return new WorkflowResponse(parcel)
})

/**
 * Cancelled with a reason, before the parcel leaves: a packed parcel's fulfilment is cancelled first (its stock
 * comes back), then Medusa's cancellation of the order releases what was reserved and cancels an uncaptured payment.
 */
export const cancelParcelWorkflow = createWorkflow("ocop-cancel-parcel", (input: ParcelStepInput & { reason: string; by?: string }) => {
  const parcel = check(input, "canceled")
  recordCancellationStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, reason: input.reason, by: input.by ?? `producer:${input.member_id}` }))
  )
  when("ocop-parcel-packed-before-cancel", { parcel }, ({ parcel }) => !!parcel.fulfillment_id).then(() => {
    cancelOrderFulfillmentWorkflow.runAsStep({
      input: transform({ parcel, input }, ({ parcel, input }) => ({ order_id: parcel.order_id, fulfillment_id: parcel.fulfillment_id!, canceled_by: input.member_id })),
    })
  })
  cancelOrderWorkflow.runAsStep({ input: transform({ parcel, input }, ({ parcel, input }) => ({ order_id: parcel.order_id, canceled_by: input.member_id })) })
  progressed("canceled", parcel)
  return new WorkflowResponse(parcel)
})
