// @ts-check
/**
 * `npm run cluster`: the marketplace as it runs on several machines, here on one (scripts/lib/cluster.mjs): two
 * Medusa servers and a worker on Redis, Meilisearch, two storefronts, HAProxy in front. A server, worker or
 * storefront that dies is started again, as a process manager would; Ctrl-C stops everything.
 */
import { UserError } from "./lib/config.mjs"
import { clusterOptionsFromEnv, createCluster } from "./lib/cluster.mjs"

const started = Date.now()
/** @type {ReturnType<typeof createCluster>} */
let cluster
try {
  cluster = createCluster(clusterOptionsFromEnv())
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}

let stopping = false
async function shutdown(/** @type {string} */ reason, code = 0) {
  if (stopping) return
  stopping = true
  console.log(`\n${reason}: stopping the balancer, storefronts, servers, worker, Meilisearch, Redis and PostgreSQL…`)
  await cluster.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown("Interrupted"))
process.on("SIGTERM", () => shutdown("Terminated"))

try {
  const info = await cluster.start()
  const { ports } = cluster.options
  console.log(`
✓ The OCOP cluster is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)
  Storefront   ${info.storefront_url}   (HAProxy → ${Object.values(info.storefronts).join(", ")})
  Backend      ${info.backend_url}   (HAProxy → ${Object.values(info.servers).join(", ")}; admin at /app)
  Worker       ${info.worker_url}   (jobs, subscribers, search indexing)
  Balancer     ${info.stats_url}   (HAProxy's statistics)
  Redis        ${info.redis_url}   Meilisearch ${info.meilisearch_host}   PostgreSQL :${cluster.options.databaseUrl ? "DATABASE_URL" : ports.postgres}
  Admin        ${info.admin_email}, password in ${cluster.options.adminPassword ? "OCOP_ADMIN_PASSWORD" : `${cluster.options.dataDir}/admin-password`}
  Details in   ${cluster.options.dataDir}/cluster.json; logs in ${info.log_dir}
Press Ctrl-C to stop everything.`)
  // A process manager's job: whatever dies is started again (its log says why it died).
  for (;;) {
    const { name, code } = await cluster.whenAServiceExits()
    if (stopping) break
    console.log(`! ${name} exited (code ${code}); starting it again…`)
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await cluster.restart(name)
      console.log(`✓ ${name} is back`)
    } catch (error) {
      await shutdown(`${name} could not be started again (${error instanceof Error ? error.message : error})`, 1)
    }
  }
} catch (error) {
  await cluster.stop().catch(() => {})
  console.error(error instanceof UserError ? `✗ ${error.message}` : error)
  process.exit(1)
}
