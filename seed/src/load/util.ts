import type { ExecArgs } from "@medusajs/framework/types"

export type Container = ExecArgs["container"]

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Rows keyed by handle; the loader's natural key for everything it creates. */
export function byHandle<T extends { handle: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.handle, row]))
}

/** Runs `work` over the items with at most `limit` at a time, in order of start. */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!)
  })
  await Promise.all(lanes)
}
