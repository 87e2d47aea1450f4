/**
 * With REDIS_URL set, Medusa's event bus, cache, locking and workflow engine run on Redis (Debian's
 * redis-server, started here on a port of its own), so several backend processes can share the work.
 */
import { execFileSync, spawn } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"

const redisBinary = (() => {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"]).toString().trim()
  } catch {
    return ""
  }
})()
if (!redisBinary) {
  throw new Error("redis-server is not installed: `apt-get install -y redis-server` (.ci/run does it)")
}

// A port the system hands out, not a fixed one: several checkouts run their tests on one machine at once.
const port = await freePort()
const redis = spawn(redisBinary, ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" })
// medusa-config.ts reads REDIS_URL when it is loaded, before the runner applies its own env.
process.env.REDIS_URL = `redis://localhost:${port}`

afterAll(() => {
  redis.kill("SIGTERM")
})

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    describe("with REDIS_URL", () => {
      it("runs the event bus, cache, locking and workflow engine on Redis", async () => {
        const container = getContainer()
        expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
        expect(container.resolve(Modules.CACHE).constructor.name).toBe("RedisCacheService")
        expect(container.resolve(Modules.WORKFLOW_ENGINE).constructor.name).toMatch(/WorkflowsModuleService/)
        const locking = container.resolve(Modules.LOCKING) as any
        expect(locking.providerService_?.defaultProviderId ?? locking.defaultProviderId ?? "").toMatch(/redis/)
        expect((await api.get("/health")).status).toBe(200)
      })
    })
  },
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
