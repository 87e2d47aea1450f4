import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FairEvents } from "../../fairs/events"
import { createTradeLeadStep, resolveLeadTargetStep, updateTradeLeadStatusStep, type LeadStatusUpdate, type NewTradeLead } from "./steps/lead-steps"

/**
 * A buyer's enquiry from a booth's QR code, a fair's page or a product's page: written for the producer it is
 * meant for, status new; the mails go out from the event's subscriber (the producer's team, and the buyer).
 */
export const createTradeLeadWorkflow = createWorkflow("ocop-create-trade-lead", (input: NewTradeLead) => {
  const target = resolveLeadTargetStep(input)
  const lead = createTradeLeadStep({ input, target })
  emitEventStep({ eventName: FairEvents.TRADE_LEAD_CREATED, data: transform({ lead }, ({ lead }) => ({ id: lead.id })) })
  return new WorkflowResponse(lead)
})

/** The producer (or the organiser) records how the talk goes: contacted, a memorandum, a contract and its value, or dropped. */
export const updateTradeLeadStatusWorkflow = createWorkflow("ocop-update-trade-lead-status", (input: LeadStatusUpdate) => {
  return new WorkflowResponse(updateTradeLeadStatusStep(input))
})
