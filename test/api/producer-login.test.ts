/**
 * The seller portal's first login on a fresh stack: `.data/stack.json` names the seeded demo owner of one
 * cooperative with the data folder's random password, and she signs in as Medusa's `producer` actor to her
 * cooperative, nobody else's.
 */
import { describe, expect, it } from "vitest"
import { readStack } from "../support/stack"

const stack = readStack()

async function post(path: string, body: unknown) {
  const response = await fetch(`${stack.backend_url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json().catch(() => null)) as any }
}

describe("the seeded seller-portal login", () => {
  it("is in stack.json with a random password, and signs in to its own cooperative", async () => {
    expect(stack.producer_email).toMatch(/@/)
    expect(stack.producer_password).toMatch(/^[A-Za-z0-9_-]{24}$/)
    const login = await post("/auth/producer/emailpass", { email: stack.producer_email, password: stack.producer_password })
    expect(login.status).toBe(200)
    const me = await fetch(`${stack.backend_url}/producer/me`, { headers: { authorization: `Bearer ${login.body.token}` } })
    expect(me.status).toBe(200)
    const { member, producer } = (await me.json()) as any
    expect(member).toMatchObject({ email: stack.producer_email, role: "owner" })
    expect(producer).toMatchObject({ handle: stack.producer_handle, entity_type: "cooperative" })
    const products = (await (await fetch(`${stack.backend_url}/producer/products?limit=100`, { headers: { authorization: `Bearer ${login.body.token}` } })).json()) as any
    expect(products.count).toBeGreaterThan(0)
  })

  it("does not sign in with a wrong password, and its login reaches no admin route", async () => {
    expect((await post("/auth/producer/emailpass", { email: stack.producer_email, password: "ocop-producer" })).status).toBe(401)
    // Medusa's auth answers any actor's login with a token; it names an actor only where the login has one.
    const asAdmin = await post("/auth/user/emailpass", { email: stack.producer_email, password: stack.producer_password })
    const admin = await fetch(`${stack.backend_url}/admin/products?limit=1`, { headers: { authorization: `Bearer ${asAdmin.body?.token}` } })
    expect(admin.status).toBe(401)
    const producer = await post("/auth/producer/emailpass", { email: stack.producer_email, password: stack.producer_password })
    const adminWithProducerToken = await fetch(`${stack.backend_url}/admin/products?limit=1`, { headers: { authorization: `Bearer ${producer.body.token}` } })
    expect(adminWithProducerToken.status).toBe(401)
  })
})
