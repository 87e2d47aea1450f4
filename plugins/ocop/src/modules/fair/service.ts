import { MedusaService } from "@medusajs/framework/utils"
import { Booth } from "./models/booth"
import { Fair } from "./models/fair"
import { FairZone } from "./models/fair-zone"
import { TradeLead } from "./models/trade-lead"
import { TradeLeadEvent } from "./models/trade-lead-event"

/**
 * Fairs, their zones and booths, and the trade leads buyers leave. It never calls another module: links tie
 * booths to producers and products and a fair to its sales point, and the workflows (src/workflows/fairs) hold
 * the rules (showable products only, the lead's status steps).
 */
export default class FairModuleService extends MedusaService({ Fair, FairZone, Booth, TradeLead, TradeLeadEvent }) {}
