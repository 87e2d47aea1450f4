import { StatusBadge } from "@medusajs/ui"
import type { CertificationState } from "../../modules/ocop/rules"
import { STATE_LABEL } from "../lib/labels"

export function StateBadge({ state }: { state: CertificationState }) {
  const { text, color } = STATE_LABEL[state]
  return <StatusBadge color={color}>{text}</StatusBadge>
}
