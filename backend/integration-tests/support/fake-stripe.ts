/**
 * A stand-in for Stripe's API, for tests only: Stripe cannot be reached from the test machines. It speaks the
 * part of Stripe's HTTP API that Medusa's Stripe provider calls (payment intents: create, retrieve, update,
 * confirm, capture, cancel; refunds; customers) with Stripe's request encoding (form-encoded, bracketed keys),
 * response shapes, error shape and idempotency keys, and it sends webhook events signed exactly as Stripe signs
 * them, with the real `stripe` library's own test helper (`webhooks.generateTestHeaderString`). The provider
 * under test is Medusa's unchanged, pointed here by STRIPE_API_BASE (plugins/ocop/src/providers/stripe-endpoint).
 *
 * The browser's side too, as Stripe.js calls it: with the publishable key and the intent's client secret, a
 * shopper's page may retrieve and confirm that one intent (CORS open, as Stripe's is), with Stripe's test cards
 * (4000 0000 0000 0002 is declined, any other number accepted). The browser test serves its own stand-in for
 * Stripe.js (test/support/stripe-js-standin.js), which makes those calls. Not imitated: 3-D Secure, radar, the
 * card form's iframe. `confirm()` below plays the part of Stripe.js confirming with a working test card.
 */
import crypto from "node:crypto"
import http from "node:http"
import { createRequire } from "node:module"
import type { AddressInfo } from "node:net"

// The same copy of the library the provider uses.
const Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")
const stripeForHelpers = new Stripe("sk_test_fake")

export type FakeIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: string
  capture_method: "manual" | "automatic"
  client_secret: string
  metadata: Record<string, string>
  payment_method: string | null
  customer: string | null
  description: string | null
  last_payment_error: null
  latest_charge: string | null
  created: number
  livemode: false
}

/** `metadata[session_id]=x&expand[0]=y` → `{ metadata: { session_id: "x" }, expand: ["y"] }` */
function parseForm(body: string): Record<string, any> {
  const out: Record<string, any> = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.replace(/\]/g, "").split("[")
    let node = out
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value
      else node = node[part] ??= /^\d+$/.test(parts[i + 1]!) ? [] : {}
    })
  }
  return out
}

/** Stripe's test card that is always declined. */
const DECLINED_CARD = "4000000000000002"

/**
 * What a publishable key may do, as at Stripe: read or confirm the one intent whose client secret it shows.
 * Anything else needs the secret key.
 */
function publishableKeyMay(method: string, path: string, form: Record<string, any>, intents: Map<string, FakeIntent>) {
  const match = /^\/v1\/payment_intents\/([^/]+)(\/confirm)?$/.exec(path)
  if (!match || !String(form.key ?? "").startsWith("pk_")) return false
  if (!(method === "GET" && !match[2]) && !(method === "POST" && match[2])) return false
  const intent = intents.get(match[1]!)
  return !!intent && form.client_secret === intent.client_secret
}

export async function startFakeStripe(options: { port?: number; webhookSecret: string }) {
  const intents = new Map<string, FakeIntent>()
  const idempotent = new Map<string, { status: number; body: unknown }>()
  const requests: { method: string; path: string; idempotencyKey?: string }[] = []
  const newId = (prefix: string) => `${prefix}_${crypto.randomBytes(12).toString("hex")}`

  const error = (status: number, code: string, message: string, intent?: FakeIntent) => ({
    status,
    body: { error: { type: "invalid_request_error", code, message, ...(intent ? { payment_intent: intent } : {}) } },
  })

  function route(method: string, path: string, form: Record<string, any>): { status: number; body: unknown } {
    const intentPath = /^\/v1\/payment_intents\/([^/]+)(?:\/(confirm|capture|cancel))?$/.exec(path)
    if (method === "POST" && path === "/v1/payment_intents") {
      const intent: FakeIntent = {
        id: newId("pi"),
        object: "payment_intent",
        amount: Number(form.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: String(form.currency),
        status: "requires_payment_method",
        capture_method: form.capture_method === "automatic" ? "automatic" : "manual",
        client_secret: "",
        metadata: form.metadata ?? {},
        payment_method: null,
        customer: form.customer ?? null,
        description: form.description ?? null,
        last_payment_error: null,
        latest_charge: null,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      }
      intent.client_secret = `${intent.id}_secret_${crypto.randomBytes(8).toString("hex")}`
      if (!Number.isInteger(intent.amount) || intent.amount <= 0) return error(400, "parameter_invalid_integer", "Invalid amount")
      intents.set(intent.id, intent)
      return { status: 200, body: intent }
    }
    if (intentPath) {
      const intent = intents.get(intentPath[1]!)
      if (!intent) return error(404, "resource_missing", `No such payment_intent: '${intentPath[1]}'`)
      const action = intentPath[2]
      if (method === "GET" && !action) return { status: 200, body: intent }
      if (method === "POST" && !action) {
        if (form.amount) intent.amount = Number(form.amount)
        if (form.metadata) intent.metadata = { ...intent.metadata, ...form.metadata }
        return { status: 200, body: intent }
      }
      if (method === "POST" && action === "confirm") {
        if (!["requires_payment_method", "requires_confirmation"].includes(intent.status)) {
          return error(400, "payment_intent_unexpected_state", `This PaymentIntent's status is ${intent.status}`, intent)
        }
        const number = String(form.payment_method_data?.card?.number ?? "").replace(/\D/g, "")
        if (number === DECLINED_CARD) {
          return {
            status: 402,
            body: {
              error: {
                type: "card_error",
                code: "card_declined",
                decline_code: "generic_decline",
                message: "Your card was declined.",
                payment_intent: intent,
              },
            },
          }
        }
        intent.payment_method = form.payment_method ?? newId("pm")
        intent.latest_charge = newId("ch")
        if (intent.capture_method === "manual") {
          intent.status = "requires_capture"
          intent.amount_capturable = intent.amount
        } else {
          intent.status = "succeeded"
          intent.amount_received = intent.amount
        }
        return { status: 200, body: intent }
      }
      if (method === "POST" && action === "capture") {
        if (intent.status !== "requires_capture") {
          return error(400, "payment_intent_unexpected_state", `This PaymentIntent could not be captured because it has a status of ${intent.status}.`, intent)
        }
        intent.status = "succeeded"
        intent.amount_received = form.amount_to_capture ? Number(form.amount_to_capture) : intent.amount_capturable
        intent.amount_capturable = 0
        return { status: 200, body: intent }
      }
      if (method === "POST" && action === "cancel") {
        if (intent.status === "succeeded" || intent.status === "canceled") {
          return error(400, "payment_intent_unexpected_state", `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`, intent)
        }
        intent.status = "canceled"
        intent.amount_capturable = 0
        return { status: 200, body: intent }
      }
    }
    if (method === "POST" && path === "/v1/refunds") {
      const intent = intents.get(form.payment_intent)
      if (!intent || intent.status !== "succeeded") return error(400, "charge_not_refundable", "This payment cannot be refunded")
      return { status: 200, body: { id: newId("re"), object: "refund", amount: Number(form.amount ?? intent.amount_received), payment_intent: intent.id, status: "succeeded" } }
    }
    if (method === "POST" && path === "/v1/customers") {
      return { status: 200, body: { id: newId("cus"), object: "customer", email: form.email ?? null, name: form.name ?? null } }
    }
    return error(404, "resource_missing", `Unrecognized request URL (${method}: ${path})`)
  }

  // Stripe's API answers browsers from any origin (Stripe.js calls it from the shop's pages).
  const cors = {
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "authorization, content-type, stripe-version, idempotency-key",
    "access-control-allow-methods": "GET, POST, DELETE",
  }

  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      if (req.method === "OPTIONS") {
        res.writeHead(204, cors)
        res.end()
        return
      }
      const url = new URL(req.url ?? "/", "http://localhost")
      const idempotencyKey = req.headers["idempotency-key"] as string | undefined
      requests.push({ method: req.method ?? "GET", path: url.pathname, idempotencyKey })
      const key = idempotencyKey ? `${req.method} ${url.pathname} ${idempotencyKey}` : undefined
      let answer = key ? idempotent.get(key) : undefined
      if (!answer) {
        const form = req.method === "GET" ? parseForm(url.searchParams.toString()) : parseForm(body)
        const secretKey = String(req.headers.authorization ?? "").startsWith("Bearer sk_")
        if (!secretKey && !publishableKeyMay(req.method ?? "GET", url.pathname, form, intents)) {
          answer = { status: 401, body: { error: { type: "invalid_request_error", message: "Invalid API Key provided" } } }
        } else {
          answer = route(req.method ?? "GET", url.pathname, form)
          // Stripe replays the first answer to a repeated key; the snapshot keeps later changes out of it.
          if (key) idempotent.set(key, (answer = JSON.parse(JSON.stringify(answer))))
        }
      }
      res.writeHead(answer.status, { ...cors, "content-type": "application/json", "request-id": newId("req") })
      res.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve))
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}`,
    intents,
    requests,
    /** What Stripe.js does when the shopper confirms with a working test card. */
    confirm(intentId: string) {
      return route("POST", `/v1/payment_intents/${intentId}/confirm`, {}).body as FakeIntent
    },
    /** A capture made outside Medusa (Stripe's dashboard), reported later by webhook. */
    captureHere(intentId: string) {
      return route("POST", `/v1/payment_intents/${intentId}/capture`, {}).body as FakeIntent
    },
    /** A webhook event as Stripe sends it: JSON body, `Stripe-Signature` made by the real library. */
    event(type: string, intent: FakeIntent, secret = options.webhookSecret) {
      const payload = JSON.stringify({
        id: newId("evt"),
        object: "event",
        api_version: "2024-04-10",
        created: Math.floor(Date.now() / 1000),
        type,
        data: { object: JSON.parse(JSON.stringify(intent)) },
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
      })
      const signature = stripeForHelpers.webhooks.generateTestHeaderString({ payload, secret })
      return { payload, headers: { "content-type": "application/json", "stripe-signature": signature } }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
