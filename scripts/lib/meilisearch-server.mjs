// @ts-check
/**
 * A Meilisearch server for the cluster: the release binary `npm run search:meilisearch-binary` fetches
 * (scripts/meilisearch-binary.mjs), in production mode with a master key made once per data folder.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ROOT, UserError } from "./config.mjs"
import { startService, waitForHttp } from "./processes.mjs"

export const MEILISEARCH_BINARY = process.env.MEILISEARCH_BIN || path.join(ROOT, ".cache/meilisearch/meilisearch")

export function assertMeilisearchInstalled() {
  if (!fs.existsSync(MEILISEARCH_BINARY)) {
    throw new UserError(`No Meilisearch at ${MEILISEARCH_BINARY}: run "npm run search:meilisearch-binary" once (or set MEILISEARCH_BIN).`)
  }
}

/** The master key of this data folder's Meilisearch, made on first use. @param {string} dir */
export function meilisearchKey(dir) {
  const file = path.join(dir, "meilisearch-key")
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(24).toString("hex"), { mode: 0o600 })
  }
  return fs.readFileSync(file, "utf8").trim()
}

/**
 * Starts Meilisearch on 127.0.0.1:`port` with its data in `dir`; resolves once /health answers.
 * @param {{ dir: string, port: number, logFile: string }} options
 */
export async function startMeilisearch({ dir, port, logFile }) {
  const key = meilisearchKey(dir)
  const service = startService(
    "meilisearch",
    MEILISEARCH_BINARY,
    ["--db-path", path.join(dir, "data.ms"), "--http-addr", `127.0.0.1:${port}`, "--master-key", key, "--env", "production", "--no-analytics"],
    { cwd: dir, env: process.env, logFile }
  )
  const host = `http://127.0.0.1:${port}`
  await waitForHttp(`${host}/health`, { service, timeoutMs: 60_000 })
  return { service, host, key }
}
