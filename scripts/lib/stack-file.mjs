// @ts-check
/**
 * <dataDir>/stack.json: what scripts and tests need to reach a running stack (addresses, logins, the publishable
 * key). It holds passwords, so it is its owner's only, like secrets.json; it goes when the stack stops.
 */
import fs from "node:fs"
import path from "node:path"
import { writePrivate } from "./admin-password.mjs"

/**
 * @typedef {{ backend_url: string, storefront_url: string, admin_email: string, admin_password: string,
 *   publishable_key: string, database_url: string, region_id?: string, mail_dir: string,
 *   producer_email?: string, producer_password: string, producer_handle?: string,
 *   pids?: { backend?: number, storefront?: number, postgres?: number }, timings_ms?: Record<string, number> }} StackInfo
 * `pids`: the process groups of the served processes and the embedded PostgreSQL's postmaster, for `npm stop`;
 * `timings_ms`: how long each step of the start took (test/bench/bootstrap-figures.mjs reads them).
 */

/** @param {string} file @param {StackInfo} info */
export function writeStackFile(file, info) {
  writePrivate(file, JSON.stringify(info, null, 2) + "\n")
}

/** Changes a few fields of a stack.json that exists (a reset admin password). @param {string} file @param {Partial<StackInfo>} changes */
export function updateStackFile(file, changes) {
  if (!fs.existsSync(file)) return
  writeStackFile(file, { ...JSON.parse(fs.readFileSync(file, "utf8")), ...changes })
}

/**
 * The stack `npm start` is running on this data folder, read from its stack.json, or undefined when none
 * answers: scripts run beside it on its database instead of starting another PostgreSQL.
 * @param {string} dataDir
 * @returns {Promise<StackInfo | undefined>}
 */
export async function runningStack(dataDir) {
  const stackFile = path.join(dataDir, "stack.json")
  if (!fs.existsSync(stackFile)) return undefined
  const info = JSON.parse(fs.readFileSync(stackFile, "utf8"))
  const alive = await fetch(`${info.backend_url}/health`).then((r) => r.ok, () => false)
  return alive ? info : undefined
}
