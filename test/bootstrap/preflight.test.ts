/**
 * `npm start` refuses, in one line, what would otherwise fail late and obscurely: a Node older than
 * Medusa needs, or a port already taken.
 */
import { spawnSync } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { assertNodeVersion } from "../../scripts/lib/config.mjs"

const root = path.resolve(__dirname, "../..")

describe("the Node version check", () => {
  it.each(["20.19.0", "20.20.2", "22.12.0", "23.0.0", "24.1.0"])("accepts Node %s", (version) => {
    expect(() => assertNodeVersion(version)).not.toThrow()
  })

  it.each(["18.20.0", "20.18.1", "21.7.3", "22.11.0"])("refuses Node %s with the range Medusa needs", (version) => {
    expect(() => assertNodeVersion(version)).toThrow(/needs Node \^20\.19 or >=22\.12/)
  })
})

describe("npm start on a taken port", () => {
  it("exits at once with one line naming the port and the variable to change", async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, "0.0.0.0", resolve))
    const port = (blocker.address() as net.AddressInfo).port
    try {
      const result = spawnSync("node", ["scripts/start.mjs"], {
        cwd: root,
        env: { ...process.env, BACKEND_PORT: String(port), OCOP_DATA_DIR: path.join(root, ".data/preflight-test") },
        encoding: "utf8",
        timeout: 30_000,
      })
      expect(result.status).toBe(1)
      const lines = result.stderr.trim().split("\n")
      expect(lines).toHaveLength(1)
      expect(lines[0]).toBe(`✗ Port ${port} is taken: stop what listens there, or choose another with BACKEND_PORT=<port>.`)
    } finally {
      blocker.close()
    }
  })
})
