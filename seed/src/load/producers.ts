/**
 * Producers through the plugin's `createProducersWorkflow`, created only when their handle is new.
 */
import { createProducersWorkflow } from "@ocop/medusa-plugin-ocop/workflows"
import type { SeedProducer } from "../data"
import { OCOP_MODULE, type OcopService } from "./ocop"
import { chunks, type Container } from "./util"

const BATCH = 500

/** Creates the missing producers; returns every producer's id by handle. */
export async function ensureProducers(container: Container, producers: readonly SeedProducer[]) {
  const ocop: OcopService = container.resolve(OCOP_MODULE)
  const ids = new Map<string, string>()
  let created = 0
  for (const batch of chunks(producers, BATCH)) {
    const existing = await ocop.listProducers({ handle: batch.map((p) => p.handle) }, { select: ["id", "handle"], take: null })
    for (const p of existing) ids.set(p.handle, p.id)
    const missing = batch.filter((p) => !ids.has(p.handle))
    if (!missing.length) continue
    const { result } = await createProducersWorkflow(container).run({ input: { producers: missing } })
    for (const p of result) ids.set(p.handle, p.id)
    created += result.length
  }
  return { ids, created }
}
