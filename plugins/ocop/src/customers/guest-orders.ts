/**
 * Orders a shopper placed as a guest before she had an account, and Medusa's order transfers that bring them
 * into it (docs/decisions/014-guest-orders-claimed-through-mailed-transfer.md). The route, the workflow, the
 * mail and the acceptance all read them here, so they agree on which orders count.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ChangeActionType, ContainerRegistrationKeys, MedusaError, OrderChangeStatus } from "@medusajs/framework/utils"

/** How long a mailed link stays good; Medusa's transfer tokens themselves never expire. */
export const CLAIM_LINK_DAYS = 7

/** One mail, one link: its URL carries a token per order and must stay well under 2 000 characters. */
export const MAX_ORDERS_PER_CLAIM = 20

export type GuestOrder = {
  id: string
  display_id: number
  email: string
  created_at: string
  /** The transfer this customer asked for and has not accepted yet, if any. */
  request: { order_change_id: string; token: string; requested_at: string } | null
  /** Some other change is open on the order (another customer's transfer, an edit, a return): leave it alone. */
  busy: boolean
}

const CLOSED_STATUSES = new Set(["canceled", "draft", "archived"])

/**
 * Orders with the customer's e-mail that belong to no account: placed by a guest (Medusa made a customer
 * without an account for that e-mail at checkout). An order another account placed with this e-mail stays
 * that account's.
 */
export async function listGuestOrders(
  container: MedusaContainer,
  customer: { id: string; email: string }
): Promise<GuestOrder[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Medusa lower-cases a cart's e-mail (validateEmail), so the orders carry it lower-cased.
  const email = customer.email.trim().toLowerCase()
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "status", "created_at", "customer_id", "customer.has_account", "is_draft_order"],
    filters: { email },
  })
  const guest = (orders as any[]).filter(
    (order) =>
      order.customer_id !== customer.id &&
      order.customer?.has_account !== true &&
      !order.is_draft_order &&
      !CLOSED_STATUSES.has(order.status)
  )
  if (!guest.length) return []
  const { data: changes } = await query.graph({
    entity: "order_change",
    fields: ["id", "order_id", "change_type", "status", "requested_at", "actions.action", "actions.reference_id", "actions.details"],
    filters: { order_id: guest.map((order) => order.id), status: [OrderChangeStatus.PENDING, OrderChangeStatus.REQUESTED] },
  })
  const openChange = new Map((changes as any[]).map((change) => [change.order_id, change]))
  return guest
    .map((order): GuestOrder => {
      const change = openChange.get(order.id)
      const transfer = (change?.actions ?? []).find((action: any) => action.action === ChangeActionType.TRANSFER_CUSTOMER)
      const mine =
        change?.change_type === "transfer" &&
        change.status === OrderChangeStatus.REQUESTED &&
        transfer?.reference_id === customer.id &&
        typeof transfer.details?.token === "string"
      return {
        id: order.id,
        display_id: Number(order.display_id),
        email: order.email,
        created_at: new Date(order.created_at).toISOString(),
        request: mine
          ? { order_change_id: change.id, token: transfer.details.token, requested_at: new Date(change.requested_at).toISOString() }
          : null,
        busy: Boolean(change) && !mine,
      }
    })
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
}

export function isExpired(requestedAt: string, now = new Date()): boolean {
  return now.getTime() - Date.parse(requestedAt) > CLAIM_LINK_DAYS * 24 * 60 * 60 * 1000
}

/** The logged-in customer's account; a token of a customer without an account (a guest) is refused. */
export async function registeredCustomer(container: MedusaContainer, customerId: string): Promise<{ id: string; email: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email", "has_account"], filters: { id: customerId } })
  const customer = data[0] as { id: string; email: string | null; has_account: boolean } | undefined
  if (!customer?.has_account || !customer.email) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chỉ dành cho tài khoản đã đăng ký / only for a registered account")
  }
  return { id: customer.id, email: customer.email }
}
