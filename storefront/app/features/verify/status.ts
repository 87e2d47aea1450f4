import type { VerificationStatus } from "./types"

export type ShownStatus = VerificationStatus | "unknown"

/**
 * How each answer looks: a colour and a sign, never the colour alone (the words come with them), and the same
 * tones in the list and on the certificate's page. Only valid and expiring are good to buy on.
 */
export const STATUS_LOOK: Record<ShownStatus, { box: string; chip: string; sign: string }> = {
  valid: { box: "border-emerald-700 bg-emerald-50 text-emerald-950", chip: "bg-emerald-700 text-white", sign: "✓" },
  expiring: { box: "border-amber-600 bg-amber-50 text-amber-950", chip: "bg-amber-500 text-amber-950", sign: "!" },
  expired: { box: "border-stone-600 bg-stone-100 text-stone-900", chip: "bg-stone-600 text-white", sign: "✕" },
  revoked: { box: "border-red-700 bg-red-50 text-red-950", chip: "bg-red-700 text-white", sign: "⊘" },
  superseded: { box: "border-violet-700 bg-violet-50 text-violet-950", chip: "bg-violet-700 text-white", sign: "↻" },
  not_yet_valid: { box: "border-sky-700 bg-sky-50 text-sky-950", chip: "bg-sky-700 text-white", sign: "…" },
  unknown: { box: "border-slate-500 bg-slate-100 text-slate-900", chip: "bg-slate-600 text-white", sign: "?" },
}
