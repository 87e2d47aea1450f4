import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../../modules/fair"
import { checkTransition, type StatusChange, type TradeLeadSource, type TradeLeadStatus } from "../../../modules/fair/lead-status"
import type FairModuleService from "../../../modules/fair/service"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type NewTradeLead = {
  buyer_name: string
  organisation?: string | null
  phone?: string | null
  email?: string | null
  market?: string | null
  quantity?: string | null
  note?: string | null
  product_handle?: string | null
  fair_handle?: string | null
  booth?: string | null
  source?: TradeLeadSource
  locale?: "vi" | "en"
  /** The instant "showable" and "published" are judged at (tests move it). */
  now?: string
}

export type LeadTarget = {
  producer_id: string
  fair_id: string | null
  booth_id: string | null
  product_id: string | null
  source: TradeLeadSource
}

const invalid = (vi: string, en: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`)

/**
 * Whom an enquiry goes to: the producer of the booth (fair and booth number), or of the product (a product a
 * shopper may see now), or both when they agree. A fair must be published; a fair without a booth needs a
 * product whose producer has a booth there. Reads only.
 */
export const resolveLeadTargetStep = createStep("ocop-resolve-lead-target", async (input: NewTradeLead, { container }) => {
  const fairs: FairModuleService = container.resolve(FAIR_MODULE)
  const now = input.now ? new Date(input.now) : new Date()
  let fairId: string | null = null
  let booth: { id: string; producer_id: string; number: string } | null = null
  let product: { id: string; producer_id: string | null } | null = null

  if (input.product_handle) {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const { rows } = await ocop.listCatalogue({ now, product_handles: [input.product_handle] }, { limit: 1, offset: 0 })
    if (!rows[0]) throw invalid(`Không có sản phẩm OCOP "${input.product_handle}" đang được chứng nhận`, `no currently certified OCOP product "${input.product_handle}"`)
    product = { id: rows[0].product_id, producer_id: rows[0].producer_id }
    if (!product.producer_id) throw invalid("Sản phẩm này chưa gắn với chủ thể nào", "this product has no producer to write to")
  }
  if (input.fair_handle) {
    const [fair] = await fairs.listFairs({ handle: input.fair_handle, published: true }, { select: ["id"] })
    if (!fair) throw invalid(`Không có hội chợ "${input.fair_handle}"`, `no fair "${input.fair_handle}"`)
    fairId = fair.id
    if (input.booth) {
      const [found] = await fairs.listBooths({ fair_id: fair.id, number: input.booth }, { select: ["id", "producer_id", "number"] })
      if (!found) throw invalid(`Hội chợ không có gian hàng số ${input.booth}`, `the fair has no booth numbered ${input.booth}`)
      booth = found
    } else if (product) {
      const [found] = await fairs.listBooths({ fair_id: fair.id, producer_id: product.producer_id! }, { select: ["id", "producer_id", "number"] })
      if (!found) throw invalid("Chủ thể của sản phẩm này không có gian hàng ở hội chợ", "this product's producer has no booth at the fair")
      booth = found
    } else {
      throw invalid("Hãy chọn gian hàng hoặc sản phẩm để gửi yêu cầu", "choose a booth or a product to send the enquiry to")
    }
  } else if (input.booth) {
    throw invalid("Số gian hàng cần kèm hội chợ", "a booth number needs its fair")
  }
  if (!booth && !product) throw invalid("Hãy chọn sản phẩm hoặc gian hàng hội chợ", "name a product or a fair's booth")
  if (booth && product && booth.producer_id !== product.producer_id) {
    throw invalid(`Sản phẩm này không thuộc gian hàng ${booth.number}`, `this product is not from booth ${booth.number}`)
  }
  const source: TradeLeadSource = input.source ?? (booth ? "booth_qr" : "product_page")
  return new StepResponse<LeadTarget>({
    producer_id: (booth?.producer_id ?? product!.producer_id)!,
    fair_id: fairId,
    booth_id: booth?.id ?? null,
    product_id: product?.id ?? null,
    source,
  })
})

/** Writes the lead, status new, with the first line of its history; undo deletes both. */
export const createTradeLeadStep = createStep(
  "ocop-create-trade-lead",
  async ({ input, target }: { input: NewTradeLead; target: LeadTarget }, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    const lead = await fairs.createTradeLeads({
      ...target,
      buyer_name: input.buyer_name,
      organisation: input.organisation ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      market: input.market ?? null,
      quantity: input.quantity ?? null,
      note: input.note ?? null,
      locale: input.locale ?? "vi",
      status: "new",
      status_changed_at: new Date(),
    })
    const event = await fairs.createTradeLeadEvents({ trade_lead_id: lead.id, status: "new", from_status: null, note: null, actor: "buyer" })
    return new StepResponse(lead, { lead_id: lead.id, event_id: event.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    await fairs.deleteTradeLeadEvents(undo.event_id)
    await fairs.deleteTradeLeads(undo.lead_id)
  }
)

export type LeadStatusUpdate = StatusChange & {
  id: string
  note?: string | null
  /** `producer:<member id>` or `user:<id>`, kept in the history. */
  actor: string
  /** When set, the lead must be this producer's (the seller portal): another's is a 404, as if absent. */
  producer_id?: string
}

/** Moves a lead to its next status (lead-status.ts) and adds the line to its history; undo puts both back. */
export const updateTradeLeadStatusStep = createStep(
  "ocop-update-trade-lead-status",
  async (input: LeadStatusUpdate, { container }) => {
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    const [lead] = await fairs.listTradeLeads({ id: input.id, ...(input.producer_id ? { producer_id: input.producer_id } : {}) })
    if (!lead) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có khách hỏi mua ${input.id} / trade lead ${input.id} not found`)
    const from = lead.status as TradeLeadStatus
    const check = checkTransition(from, input)
    if (!check.ok) throw invalid(check.message_vi, check.message_en)
    const value = input.status === "contract_signed" ? input.contract_value! : null
    const updated = await fairs.updateTradeLeads({
      id: lead.id,
      status: input.status,
      status_changed_at: new Date(),
      ...(input.status === "contract_signed" ? { contract_value: value } : {}),
    })
    const event = await fairs.createTradeLeadEvents({
      trade_lead_id: lead.id,
      status: input.status,
      from_status: from,
      note: input.note?.trim() || null,
      contract_value: value,
      actor: input.actor,
    })
    return new StepResponse(updated, {
      event_id: event.id,
      previous: { id: lead.id, status: from, status_changed_at: lead.status_changed_at, contract_value: lead.contract_value ?? null },
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const fairs: FairModuleService = container.resolve(FAIR_MODULE)
    await fairs.deleteTradeLeadEvents(undo.event_id)
    await fairs.updateTradeLeads(undo.previous as any)
  }
)
