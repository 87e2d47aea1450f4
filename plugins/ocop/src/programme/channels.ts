/**
 * The ways an order reaches its buyer, as the programme counts sales: delivered from the online shop, picked up
 * at a sales point, sold at a trade fair, sold at a kiosk's counter. Read from what Medusa records of an order:
 * its shipping method's option (a pickup option belongs to a sales point's stock location, and a fair booth is a
 * sales point of type `fair_booth`) and its sales channel (a channel whose metadata says `ocop_channel: "kiosk"`
 * or `"fair"`: a till at a kiosk or at a fair sells through a channel of its own, once there is one).
 */
export const SALES_CHANNELS = ["online", "pickup", "fair", "kiosk"] as const
export type SalesChannel = (typeof SALES_CHANNELS)[number]

export const SALES_CHANNEL_LABELS: Record<SalesChannel, { vi: string; en: string }> = {
  online: { vi: "Giao hàng (trực tuyến)", en: "Delivered (online)" },
  pickup: { vi: "Nhận tại điểm bán", en: "Picked up at a sales point" },
  fair: { vi: "Hội chợ", en: "Trade fair" },
  kiosk: { vi: "Bán tại ki ốt", en: "Sold at a kiosk" },
}

export type OrderChannelFacts = {
  /** `metadata.ocop_channel` of the order's sales channel, if any. */
  sales_channel_kind?: string | null
  /** The sales-point type of the order's pickup option, or null when it is delivered. */
  pickup_point_type?: string | null
  /** Whether the order's shipping option is a pickup at all (a pickup option whose point is unknown still is). */
  is_pickup?: boolean
}

export function orderChannel(facts: OrderChannelFacts): SalesChannel {
  if (facts.sales_channel_kind === "kiosk") return "kiosk"
  if (facts.sales_channel_kind === "fair" || facts.pickup_point_type === "fair_booth") return "fair"
  if (facts.is_pickup || facts.pickup_point_type) return "pickup"
  return "online"
}
