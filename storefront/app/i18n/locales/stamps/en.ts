import type { StampsResources } from "./vi"

/** The seller portal's stamps page in English. */
const stamps: StampsResources = {
  tab: "OCOP stamps",
  title: "Serialised OCOP stamps",
  intro:
    "One stamp per package, each with a code no one can guess. Buyers scan it to check; a code scanned in many places gives a copied stamp away, and the province's OCOP office is told.",
  none: "The producer has no OCOP certificate yet.",
  certificate: "Certificate {{number}}",
  status: {
    valid: "Valid",
    expiring: "Expiring soon",
    expired: "Expired",
    revoked: "Revoked",
    superseded: "Re-graded",
    not_yet_valid: "Not yet valid",
  },
  validUntil: "valid until {{date}}",
  notStampable: "Stamps are printed only for a valid certificate.",
  batches: "Stamp batches",
  noBatches: "No batch printed yet.",
  batch: "{{quantity}} stamps · {{date}}",
  batchCounts: "{{checked}} scanned · {{flagged}} may be copied",
  byProgramme: "Issued by the OCOP office",
  byProducer: "Issued by the producer",
  download: "Download the label sheet (PDF)",
  quantity: "Stamps",
  note: "Note (print run, packing line)",
  issue: "Issue a batch",
  issued: "Issued a batch of {{quantity}} stamps. Download the sheet to print it.",
  quantityError: "Between 1 and 100,000 stamps.",
  failed: "The batch could not be issued: {{message}}",
}

export default stamps
