/** A buyer's enquiry's statuses, in the portal's list and form (the backend's modules/fair/lead-status.ts is the judge). */
export type LeadStatus = "new" | "contacted" | "memorandum_signed" | "contract_signed" | "dropped"
export const LEAD_STATUSES: LeadStatus[] = ["new", "contacted", "memorandum_signed", "contract_signed", "dropped"]
/** Where a lead may go next, as the backend allows it. */
export const NEXT_LEAD_STATUSES: Record<LeadStatus, LeadStatus[]> = {
  new: ["contacted", "memorandum_signed", "contract_signed", "dropped"],
  contacted: ["contacted", "memorandum_signed", "contract_signed", "dropped"],
  memorandum_signed: ["memorandum_signed", "contract_signed", "dropped"],
  contract_signed: [],
  dropped: ["contacted"],
}
