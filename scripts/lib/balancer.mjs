// @ts-check
/**
 * The cluster's load balancer: Debian's HAProxy, one frontend for the Medusa servers and one for the storefronts.
 * Its health checks take a server out of rotation within about a second of it stopping to answer (two failed
 * checks 500 ms apart) and put it back after two good ones; a request whose connection to a dead server failed
 * is sent to the other one (`retry-on conn-failure`, safe for a POST: nothing reached the server). A request a
 * server was handling when it died is not retried by HAProxy, since it may have been applied: the client gets a
 * 502 and decides (a cart completion can be repeated; Medusa answers the same order).
 * Every answer says which server gave it (`X-Served-By`), and the statistics page lists each server's state.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { UserError } from "./config.mjs"
import { startService, waitForHttp } from "./processes.mjs"

export const HAPROXY = process.env.OCOP_HAPROXY || "haproxy"

export function assertHaproxyInstalled() {
  try {
    execFileSync(HAPROXY, ["-v"], { stdio: "ignore" })
  } catch {
    throw new UserError(`${HAPROXY} is not installed: apt-get install -y haproxy (or set OCOP_HAPROXY).`)
  }
}

/**
 * @typedef {{ name: string, port: number }} Upstream
 * @typedef {{ bind: string, backendPort: number, storefrontPort: number, statsPort: number,
 *   backends: Upstream[], storefronts: Upstream[] }} BalancerLayout
 */

/** HAProxy's configuration for the layout. @param {BalancerLayout} layout */
export function haproxyConfig({ bind, backendPort, storefrontPort, statsPort, backends, storefronts }) {
  const servers = (/** @type {Upstream[]} */ list) => list.map((s) => `  server ${s.name} 127.0.0.1:${s.port}`).join("\n")
  return `# Written by scripts/lib/balancer.mjs for npm run cluster; changes here are lost on the next start.
global
  log stdout format raw local0 info
  maxconn 4096

defaults
  mode http
  log global
  option httplog
  option dontlognull
  timeout connect 2s
  timeout client 180s
  # Fifty carts queued on the last units of one product can wait this long for their turn.
  timeout server 180s
  timeout http-request 10s
  retries 3
  option redispatch
  retry-on conn-failure
  # A new connection to a server for every request. An idle one kept for reuse can be closed by Node (its
  # keep-alive ends after 5 s) just as HAProxy sends on it; HAProxy must not resend a POST, and closes the
  # client's connection instead, which a shopper's request sees as "other side closed". On the loopback or a LAN,
  # a connection costs a fraction of a millisecond.
  http-reuse never
  default-server check inter 1s fastinter 500ms downinter 1s fall 2 rise 2

frontend medusa_in
  bind ${bind}:${backendPort}
  option forwardfor
  default_backend medusa

backend medusa
  balance roundrobin
  option httpchk
  http-check send meth GET uri /health
  http-check expect status 200
  http-response set-header X-Served-By %s
${servers(backends)}

frontend storefront_in
  bind ${bind}:${storefrontPort}
  option forwardfor
  default_backend storefront

backend storefront
  balance roundrobin
  option httpchk
  http-check send meth GET uri /favicon.svg
  http-check expect status 200
  http-response set-header X-Served-By %s
${servers(storefronts)}

frontend stats
  bind 127.0.0.1:${statsPort}
  stats enable
  stats uri /
  stats refresh 2s
`
}

/**
 * Writes the configuration into `dir`, checks it (`haproxy -c`) and runs HAProxy in the foreground.
 * @param {BalancerLayout & { dir: string, logFile: string }} options
 */
export async function startBalancer({ dir, logFile, ...layout }) {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, "haproxy.cfg")
  fs.writeFileSync(file, haproxyConfig(layout))
  try {
    execFileSync(HAPROXY, ["-c", "-q", "-f", file], { stdio: "pipe" })
  } catch (error) {
    throw new UserError(`HAProxy refused ${file}: ${/** @type {any} */ (error).stderr?.toString().trim()}`)
  }
  const service = startService("haproxy", HAPROXY, ["-db", "-f", file], { cwd: dir, env: process.env, logFile })
  await waitForHttp(`http://127.0.0.1:${layout.statsPort}/;csv`, { service, timeoutMs: 15_000 })
  return service
}

/**
 * Each server's state as HAProxy sees it (`UP`, `DOWN`, `UP 1/2` while rising, …), from the statistics page.
 * @param {number} statsPort @returns {Promise<Record<string, string>>}  keyed `medusa/a`, `storefront/b`, …
 */
export async function balancerStates(statsPort) {
  const csv = await (await fetch(`http://127.0.0.1:${statsPort}/;csv`)).text()
  const [header, ...rows] = csv.trim().split("\n")
  const columns = header.replace(/^# /, "").split(",")
  const at = (/** @type {string} */ name) => columns.indexOf(name)
  /** @type {Record<string, string>} */
  const states = {}
  for (const row of rows) {
    const cells = row.split(",")
    const server = cells[at("svname")]
    if (server === "FRONTEND" || server === "BACKEND") continue
    states[`${cells[at("pxname")]}/${server}`] = cells[at("status")]
  }
  return states
}
