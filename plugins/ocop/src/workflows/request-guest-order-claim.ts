import {
  cancelOrderTransferRequestWorkflow,
  emitEventStep,
  requestOrderTransferWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerEvents } from "../customers/events"
import { listGuestOrders, MAX_ORDERS_PER_CLAIM, registeredCustomer } from "../customers/guest-orders"

export type RequestGuestOrderClaimInput = { customer_id: string }

/** The customer's guest orders that can be asked for now: none with someone else's change open, newest first. */
const findClaimableOrdersStep = createStep("ocop-find-claimable-guest-orders", async (input: RequestGuestOrderClaimInput, { container }) => {
  const customer = await registeredCustomer(container, input.customer_id)
  const orders = (await listGuestOrders(container, customer)).filter((order) => !order.busy).slice(0, MAX_ORDERS_PER_CLAIM)
  return new StepResponse(orders.map((order) => ({ id: order.id, requested: order.request !== null })))
})

type TransferInput = { customer_id: string; orders: { id: string; requested: boolean }[] }

/**
 * Medusa's own transfer request for each order, to this customer. A request this customer made before is
 * withdrawn first, so only the newest mail's link works. Undone by withdrawing the requests made here.
 */
const requestTransfersStep = createStep(
  "ocop-request-guest-order-transfers",
  async (input: TransferInput, { container }) => {
    const requested: string[] = []
    try {
      for (const order of input.orders) {
        if (order.requested) await withdraw(container, order.id, input.customer_id)
        await requestOrderTransferWorkflow(container).run({
          input: {
            order_id: order.id,
            customer_id: input.customer_id,
            logged_in_user: input.customer_id,
            description: "Guest order claimed by the account with its e-mail",
          },
        })
        requested.push(order.id)
      }
    } catch (error) {
      // A failing step is not compensated by the engine: withdraw what this run already asked for.
      for (const orderId of requested) await withdraw(container, orderId, input.customer_id)
      throw error
    }
    return new StepResponse(requested, { customer_id: input.customer_id, order_ids: requested })
  },
  async (made, { container }) => {
    if (!made) return
    for (const orderId of made.order_ids) await withdraw(container, orderId, made.customer_id)
  }
)

async function withdraw(container: Parameters<typeof cancelOrderTransferRequestWorkflow>[0], orderId: string, customerId: string) {
  await cancelOrderTransferRequestWorkflow(container).run({
    input: { order_id: orderId, logged_in_user_id: customerId, actor_type: "customer" },
  })
}

/**
 * A customer asks for the orders placed as a guest with her e-mail: one transfer request per order
 * (Medusa's), then one event, which the mail subscriber turns into a single mail with every token.
 * Returns the ids of the orders asked for.
 */
export const requestGuestOrderClaimWorkflow = createWorkflow("ocop-request-guest-order-claim", (input: RequestGuestOrderClaimInput) => {
  const orders = findClaimableOrdersStep(input)
  const transferInput = transform({ input, orders }, ({ input, orders }) => ({ customer_id: input.customer_id, orders }))
  const requested = requestTransfersStep(transferInput)
  when({ requested }, ({ requested }) => requested.length > 0).then(() => {
    const event = transform({ input, requested }, ({ input, requested }) => ({
      eventName: CustomerEvents.GUEST_ORDERS_CLAIM_REQUESTED,
      data: { customer_id: input.customer_id, order_ids: requested },
    }))
    emitEventStep(event)
  })
  return new WorkflowResponse(requested)
})
