/**
 * What the cluster test says to the cluster: Store and Admin API calls to one address (the balancer, or one server
 * directly), each answer with the server HAProxy chose (`X-Served-By`); a connection cut by a killed server is an
 * answer of status 0, not an exception.
 */
export type Answer = { status: number; body: any; servedBy: string | null; ms: number }

export type Client = {
  base: string
  call(method: string, path: string, body?: unknown): Promise<Answer>
  get(path: string): Promise<Answer>
  post(path: string, body?: unknown): Promise<Answer>
}

export function client(base: string, headers: Record<string, string>): Client {
  async function call(method: string, path: string, body?: unknown): Promise<Answer> {
    const started = performance.now()
    try {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { "content-type": "application/json", ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(180_000),
      })
      const text = await response.text()
      let json: any
      try {
        json = JSON.parse(text)
      } catch {
        json = { raw: text.slice(0, 300) }
      }
      return { status: response.status, body: json, servedBy: response.headers.get("x-served-by"), ms: performance.now() - started }
    } catch (error) {
      return { status: 0, body: { error: String(error) }, servedBy: null, ms: performance.now() - started }
    }
  }
  return { base, call, get: (path) => call("GET", path), post: (path, body) => call("POST", path, body ?? {}) }
}

/** Logs in as the admin on `base` and returns a client with the admin's token. */
export async function adminClient(base: string, email: string, password: string): Promise<Client> {
  const login = await client(base, {}).post("/auth/user/emailpass", { email, password })
  if (login.status !== 200) throw new Error(`admin login on ${base}: ${login.status} ${JSON.stringify(login.body)}`)
  return client(base, { authorization: `Bearer ${login.body.token}` })
}

/** Nearest-rank percentile in whole milliseconds. */
export function percentile(values: number[], p: number) {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!)
}

export function countBy<T extends string | number>(values: T[]): Record<string, number> {
  return values.reduce<Record<string, number>>((acc, v) => ((acc[String(v)] = (acc[String(v)] ?? 0) + 1), acc), {})
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `check` every 50 ms until it returns true; resolves with the milliseconds it took, or throws. */
export async function within(ms: number, what: string, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now()
  for (;;) {
    if (await check()) return performance.now() - started
    if (performance.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`)
    await sleep(50)
  }
}

/** Polls `check` every 50 ms for at most `ms`; the milliseconds it took to come true, or null if it never did. */
export async function timeUntil(ms: number, check: () => Promise<boolean>): Promise<number | null> {
  const started = performance.now()
  for (;;) {
    if (await check()) return Math.round(performance.now() - started)
    if (performance.now() - started > ms) return null
    await sleep(50)
  }
}
