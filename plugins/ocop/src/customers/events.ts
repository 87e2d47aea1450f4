/** Events of the customer side of the plugin; their subscribers mail the shopper. */
export const CustomerEvents = {
  /** data: { customer_id, order_ids }: transfers were asked for these guest orders; mail one link for all. */
  GUEST_ORDERS_CLAIM_REQUESTED: "ocop.guest_orders.claim_requested",
  /** data: { customer_id }: the customer asked for her verification mail again. */
  EMAIL_VERIFICATION_REQUESTED: "ocop.customer.email_verification_requested",
  /** data: { customer_id, email } */
  PASSWORD_CHANGED: "ocop.customer.password_changed",
} as const
