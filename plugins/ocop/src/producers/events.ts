/** Events of the marketplace side of the plugin; their subscribers mail producers' members. */
export const MarketplaceEvents = {
  /** data: { id }: an invitation to a producer's team was written; mail its link. */
  INVITE_CREATED: "ocop.producer_invite.created",
  /** data: { id, producer_id }: someone accepted an invitation and is now a member. */
  MEMBER_JOINED: "ocop.producer_member.joined",
} as const
