/** The province's programme targets through the plugin's `createProgrammeTargetsWorkflow`, new codes only. */
import { createProgrammeTargetsWorkflow } from "@ocop/medusa-plugin-ocop/workflows"
import type { SeedProgrammeTarget } from "../data"
import { OCOP_MODULE, type OcopService } from "./ocop"
import type { Container } from "./util"

export async function ensureProgrammeTargets(container: Container, targets: readonly SeedProgrammeTarget[]) {
  const ocop: OcopService = container.resolve(OCOP_MODULE)
  const existing = await ocop.listProgrammeTargets({ code: targets.map((t) => t.code) }, { select: ["code"], take: null })
  const known = new Set(existing.map((t) => t.code))
  const missing = targets.filter((t) => !known.has(t.code))
  if (missing.length) await createProgrammeTargetsWorkflow(container).run({ input: { targets: missing } })
  return missing.length
}
