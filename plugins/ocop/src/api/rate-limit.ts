/**
 * Limits on what can be guessed or used to flood a mailbox: logins, password checks, reset requests, the
 * guest-order claim mail, the verification mail, and the public forms later issues add. Each limit counts per
 * account (the e-mail or the logged-in customer) and per client (its IP address); over either, 429 with
 * `Retry-After` and nothing else runs. Counters live in Redis when `REDIS_URL` is set (shared by every server),
 * in this process's memory without. Counting is done by rate-limiter-flexible, which is atomic in both stores,
 * so 50 requests at once cannot slip past a limit that one at a time would hit.
 *
 * Limits that guard a password count only failures: an attempt is counted up front (parallel guesses all count)
 * and given back when it succeeds, so a shopper who logs in often is never slowed. An attempt refused by the
 * account's limit is not counted against the client, so guessing one account's password does not lock others
 * out of logging in from the same address (a shared office, a phone carrier's NAT).
 *
 * Configured by env as `points/seconds`: OCOP_RATE_LIMIT_<NAME>_ACCOUNT and OCOP_RATE_LIMIT_<NAME>_CLIENT
 * (e.g. OCOP_RATE_LIMIT_LOGIN_ACCOUNT=10/900). The client's address is the TCP peer's unless
 * OCOP_TRUST_PROXY_HOPS says how many proxies in front of the backend append to X-Forwarded-For (Medusa's own
 * `trust proxy` of 1 would believe a header any client can write).
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

export type RateLimitName =
  | "login"
  | "password_check"
  | "reset_request"
  | "claim_mail"
  | "verification_mail"
  | "verification_check"
  | "certificate_lookup"
  | "stamp_check"
  | "trade_lead"
  | "fair_scan"
  | "product_images"
  | "review_post"
export type Rate = { points: number; seconds: number }
type LimitSpec = { account: Rate; client: Rate; failuresOnly: boolean }

/** Defaults: a person mistyping stays far below; a guesser gets a handful of tries per quarter hour. */
export const DEFAULT_LIMITS: Record<RateLimitName, LimitSpec> = {
  login: { account: { points: 10, seconds: 15 * 60 }, client: { points: 100, seconds: 15 * 60 }, failuresOnly: true },
  password_check: { account: { points: 10, seconds: 15 * 60 }, client: { points: 100, seconds: 15 * 60 }, failuresOnly: true },
  reset_request: { account: { points: 3, seconds: 60 * 60 }, client: { points: 30, seconds: 60 * 60 }, failuresOnly: false },
  claim_mail: { account: { points: 3, seconds: 24 * 60 * 60 }, client: { points: 30, seconds: 60 * 60 }, failuresOnly: false },
  verification_mail: { account: { points: 3, seconds: 60 * 60 }, client: { points: 30, seconds: 60 * 60 }, failuresOnly: false },
  verification_check: { account: { points: 10, seconds: 15 * 60 }, client: { points: 100, seconds: 15 * 60 }, failuresOnly: true },
  // The public lookup (docs/decisions/029): a shop checking a shelf stays far below; a scraper of the register or
  // a guesser of numbers does not. Counted per client only ("account" is unused: a number is no one's).
  certificate_lookup: { account: { points: 300, seconds: 10 * 60 }, client: { points: 300, seconds: 10 * 60 }, failuresOnly: false },
  // Stamp checks write, and their counts warn of copies: per client, and per code so that no one can make a
  // genuine stamp look copied by checking it over and over from many addresses.
  stamp_check: { account: { points: 60, seconds: 10 * 60 }, client: { points: 120, seconds: 10 * 60 }, failuresOnly: false },
  // A buyer's enquiry (the public form at booths and on product pages): the account is the contact she leaves.
  // A buyer writes to a few producers in an hour; a bot writing to every booth meets the client's limit.
  trade_lead: { account: { points: 5, seconds: 60 * 60 }, client: { points: 20, seconds: 60 * 60 }, failuresOnly: false },
  // A scan of a fair's QR code writes a row: per client (a visitor walks a few dozen booths in an hour), and per
  // booth, so that nobody can make one booth's figure whatever she likes from many addresses.
  fair_scan: { account: { points: 600, seconds: 10 * 60 }, client: { points: 120, seconds: 10 * 60 }, failuresOnly: false },
  // A producer's photo uploads (up to 10 photos of 5 MB each): the account is the producer, so a team photographing
  // its whole range in an afternoon stays below, and a stolen login cannot fill the disk.
  product_images: { account: { points: 60, seconds: 60 * 60 }, client: { points: 120, seconds: 60 * 60 }, failuresOnly: false },
  // A buyer's review posts (each may carry 3 photos of 5 MB): she reviews a few purchases in a sitting, retrying a
  // refused form now and then; the account is the customer.
  review_post: { account: { points: 20, seconds: 60 * 60 }, client: { points: 60, seconds: 60 * 60 }, failuresOnly: false },
}

/** `10/900` → 10 points in 900 s; anything else is a configuration mistake, said at start-up. */
export function parseRate(text: string, name: string): Rate {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new Error(`${name}=${text} is not a rate: write points/seconds, e.g. 10/900`)
  }
  return { points: Number(match[1]), seconds: Number(match[2]) }
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<RateLimitName, LimitSpec> {
  const out = {} as Record<RateLimitName, LimitSpec>
  for (const [name, spec] of Object.entries(DEFAULT_LIMITS) as [RateLimitName, LimitSpec][]) {
    const variable = (who: string) => `OCOP_RATE_LIMIT_${name.toUpperCase()}_${who}`
    const read = (who: string, fallback: Rate) => (env[variable(who)] ? parseRate(env[variable(who)]!, variable(who)) : fallback)
    out[name] = { ...spec, account: read("ACCOUNT", spec.account), client: read("CLIENT", spec.client) }
  }
  return out
}

/**
 * The client's address: the TCP peer, or with `hops` trusted proxies in front, the address the outermost of
 * them saw (counted from the right of X-Forwarded-For: entries further left were written by the client).
 */
export function clientAddress(req: Pick<MedusaRequest, "headers" | "socket">, hops = Number(process.env.OCOP_TRUST_PROXY_HOPS || 0)): string {
  const peer = req.socket?.remoteAddress ?? "unknown"
  if (!hops) return peer
  const header = req.headers["x-forwarded-for"]
  const forwarded = (Array.isArray(header) ? header.join(",") : header ?? "").split(",").map((part) => part.trim()).filter(Boolean)
  const chain = [...forwarded, peer]
  return chain[chain.length - 1 - hops] ?? chain[0]!
}

let redis: Redis | undefined
function store(prefix: string, rate: Rate): RateLimiterAbstract {
  const options = { keyPrefix: `ocop-rl:${prefix}`, points: rate.points, duration: rate.seconds }
  if (!process.env.REDIS_URL) return new RateLimiterMemory(options)
  redis ??= new Redis(process.env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  // Redis unreachable: counted in memory meanwhile rather than letting every guess through.
  return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
}

export type RateLimiter = {
  readonly name: RateLimitName
  /** Counts one attempt; the seconds to wait when over a limit, or null when it may go on. */
  attempt(account: string | null, client: string): Promise<number | null>
  /** Gives back an attempt that succeeded (limits that count only failures). */
  succeeded(account: string | null, client: string): Promise<void>
}

export function createRateLimiter(name: RateLimitName, spec: LimitSpec = limitsFromEnv()[name]): RateLimiter {
  const perAccount = store(`${name}:account`, spec.account)
  const perClient = store(`${name}:client`, spec.client)
  const waitOf = (error: unknown) => {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
  return {
    name,
    async attempt(account, client) {
      if (account) {
        try {
          await perAccount.consume(account.toLowerCase())
        } catch (error) {
          return waitOf(error)
        }
      }
      try {
        await perClient.consume(client)
        return null
      } catch (error) {
        const wait = waitOf(error)
        if (account) await perAccount.reward(account.toLowerCase())
        return wait
      }
    },
    async succeeded(account, client) {
      if (!spec.failuresOnly) return
      await Promise.all([account ? perAccount.reward(account.toLowerCase()) : null, perClient.reward(client)])
    },
  }
}

/** The 429 every limited route answers, in both languages like the plugin's other errors. */
export function tooManyAttempts(res: MedusaResponse, seconds: number) {
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({
    type: "too_many_requests",
    code: "rate_limited",
    retry_after: seconds,
    message: `Quá nhiều lần thử, hãy thử lại sau ${minutes} phút / too many attempts, try again in ${minutes} minute(s)`,
  })
}

/**
 * A middleware that applies `limiter` to a route; `accountOf` names the account the request is about (the
 * e-mail of a login, the logged-in customer), or null when it has none. With a limit that counts failures, the
 * attempt is given back when the route answers 2xx.
 */
export function rateLimit(limiter: RateLimiter, accountOf: (req: MedusaRequest) => string | null) {
  return async function limitRate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const account = accountOf(req)
    const client = clientAddress(req)
    let wait: number | null
    try {
      wait = await limiter.attempt(account, client)
    } catch (error) {
      return next(new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `rate limit unavailable: ${(error as Error).message}`))
    }
    if (wait !== null) return tooManyAttempts(res, wait)
    res.on("finish", () => {
      if (res.statusCode >= 200 && res.statusCode < 300) void limiter.succeeded(account, client).catch(() => {})
    })
    next()
  }
}

/** The e-mail a body names (a login's `email`, a reset's `identifier`), normalised, or null. */
export function emailIn(field: "email" | "identifier") {
  return (req: MedusaRequest): string | null => {
    const value = (req.body as Record<string, unknown> | undefined)?.[field]
    return typeof value === "string" && value.trim() ? value.trim().toLowerCase().slice(0, 320) : null
  }
}

/** The logged-in customer (after `authenticate`). */
export function loggedInActor(req: MedusaRequest): string | null {
  return (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id || null
}
