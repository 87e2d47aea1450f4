import { spawn } from "node:child_process"
import net from "node:net"
import { describe, expect, it } from "vitest"
import { clientAddress, createRateLimiter, limitsFromEnv, parseRate, rateLimit } from "./rate-limit"

const spec = { account: { points: 3, seconds: 60 }, client: { points: 5, seconds: 60 }, failuresOnly: true }

/** A request and a response just real enough for the middleware: it reads the body, the peer, and writes a status. */
function exchange(email: string, peer = "198.51.100.1", forwardedFor?: string) {
  const listeners: (() => void)[] = []
  const res: any = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    setHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value
    },
    status(code: number) {
      this.statusCode = code
      return this
    },
    json(body: unknown) {
      this.body = body
      listeners.forEach((listener) => listener())
    },
    on(event: string, listener: () => void) {
      if (event === "finish") listeners.push(listener)
    },
  }
  const req: any = { body: { email }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {}, socket: { remoteAddress: peer } }
  return { req, res }
}

/** Runs the middleware; the "route" answers `status` when it is reached. Resolves with the status sent. */
async function call(middleware: ReturnType<typeof rateLimit>, email: string, status: number, peer?: string) {
  const { req, res } = exchange(email, peer)
  let reached = false
  await middleware(req, res, () => {
    reached = true
  })
  if (reached) res.status(status).json({})
  return res
}

describe("rate limits", () => {
  it("refuses an account's guesses with 429 and Retry-After once its limit is spent, while another account still logs in", async () => {
    const limit = rateLimit(createRateLimiter("login", spec), (req) => req.body.email)
    const answers = []
    for (let i = 0; i < 6; i++) answers.push((await call(limit, "victim@example.com", 401)).statusCode)
    expect(answers).toEqual([401, 401, 401, 429, 429, 429])
    const refused = await call(limit, "VICTIM@example.com", 200)
    expect(refused.statusCode).toBe(429)
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
    expect((refused.body as any).message).toMatch(/Quá nhiều lần thử.*too many attempts/)
    // Guesses refused by the victim's limit did not count against the address: another account logs in from it.
    expect((await call(limit, "other@example.com", 200)).statusCode).toBe(200)
  })

  it("counts parallel guesses as they arrive, so 20 at once cannot pass a limit of 3", async () => {
    const limit = rateLimit(createRateLimiter("login", spec), (req) => req.body.email)
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(limit, "parallel@example.com", 401)))
    expect(answers.filter((res) => res.statusCode === 401)).toHaveLength(3)
    expect(answers.filter((res) => res.statusCode === 429)).toHaveLength(17)
  })

  it("refuses a client that guesses across many accounts", async () => {
    const limit = rateLimit(createRateLimiter("login", spec), (req) => req.body.email)
    const answers = []
    for (let i = 0; i < 7; i++) answers.push((await call(limit, `user${i}@example.com`, 401, "203.0.113.9")).statusCode)
    expect(answers).toEqual([401, 401, 401, 401, 401, 429, 429])
    expect((await call(limit, "someone@example.com", 200, "203.0.113.10")).statusCode).toBe(200)
  })

  it("never counts a successful login, however often", async () => {
    const limit = rateLimit(createRateLimiter("login", spec), (req) => req.body.email)
    for (let i = 0; i < 12; i++) expect((await call(limit, "regular@example.com", 200)).statusCode).toBe(200)
  })

  it("counts every request of a limit that guards a mailbox, successful or not", async () => {
    const limit = rateLimit(createRateLimiter("claim_mail", { ...spec, failuresOnly: false }), (req) => req.body.email)
    const answers = []
    for (let i = 0; i < 4; i++) answers.push((await call(limit, "mailbox@example.com", 202)).statusCode)
    expect(answers).toEqual([202, 202, 202, 429])
  })

  it("believes X-Forwarded-For only as far as the configured proxies", () => {
    const { req } = exchange("a@example.com", "10.0.0.2", "6.6.6.6, 203.0.113.5")
    expect(clientAddress(req, 0)).toBe("10.0.0.2")
    expect(clientAddress(req, 1)).toBe("203.0.113.5")
    expect(clientAddress(req, 2)).toBe("6.6.6.6")
    expect(clientAddress(exchange("a@example.com", "10.0.0.2").req, 1)).toBe("10.0.0.2")
  })

  it("reads its limits from the environment and refuses a malformed one", () => {
    expect(limitsFromEnv({ OCOP_RATE_LIMIT_LOGIN_ACCOUNT: "5/60" }).login.account).toEqual({ points: 5, seconds: 60 })
    expect(limitsFromEnv({}).login.account).toEqual({ points: 10, seconds: 900 })
    expect(() => parseRate("lots", "OCOP_RATE_LIMIT_LOGIN_CLIENT")).toThrow(/points\/seconds/)
  })
})

describe("rate limits with REDIS_URL", () => {
  it("are shared by every server through Redis: two servers together still allow 3 guesses", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as net.AddressInfo
        server.close(() => resolve(port))
      })
    })
    const redis = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" })
    const saved = process.env.REDIS_URL
    try {
      await new Promise((resolve) => setTimeout(resolve, 300))
      process.env.REDIS_URL = `redis://127.0.0.1:${port}`
      const servers = [1, 2].map(() => rateLimit(createRateLimiter("login", spec), (req) => req.body.email))
      // Until the connection is up the limiters count in memory, each on its own (the insurance limiter).
      await new Promise((resolve) => setTimeout(resolve, 500))
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => call(servers[i % 2]!, "shared@example.com", 401)))
      expect(answers.filter((res) => res.statusCode === 401)).toHaveLength(3)
    } finally {
      if (saved === undefined) delete process.env.REDIS_URL
      else process.env.REDIS_URL = saved
      redis.kill("SIGTERM")
    }
  })
})
