/** Events of the fairs side of the plugin; their subscribers mail the producer's members and the buyer. */
export const FairEvents = {
  /** data: { id }: a buyer left an enquiry; mail the producer's team and, when she gave one, the buyer's e-mail. */
  TRADE_LEAD_CREATED: "ocop.trade_lead.created",
} as const
