import { data } from "@remix-run/node"
import { TooManyChecks } from "./verify.server"
import type { VerifyErrorData } from "./VerifyError"

/** Runs a lookup or a check; over the backend's limit, the page becomes the 429 of VerifyError in its language. */
export async function orTooMany<T>(work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (error) {
    if (error instanceof TooManyChecks) {
      const body: VerifyErrorData = { kind: "too_many", retry_after: error.retryAfter }
      throw data(body, { status: 429, headers: { "Retry-After": String(error.retryAfter), "Cache-Control": "no-store" } })
    }
    throw error
  }
}
