/** Events of the marketplace side of the plugin; their subscribers mail producers' members. */
export const MarketplaceEvents = {
  /** data: { id }: an invitation to a producer's team was written; mail its link. */
  INVITE_CREATED: "ocop.producer_invite.created",
  /** data: { id, producer_id }: someone accepted an invitation and is now a member. */
  MEMBER_JOINED: "ocop.producer_member.joined",
  /** data: { id }: a cart became a purchase (an order group) of one order per producer; mail the shopper once. */
  ORDER_GROUP_PLACED: "ocop.order_group.placed",
  /** data: { id, step }: a producer took a fulfilment step on its order (packed, shipped, …); mail the shopper. */
  PARCEL_PROGRESSED: "ocop.parcel.progressed",
} as const
