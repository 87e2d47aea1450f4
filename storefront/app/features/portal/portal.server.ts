/**
 * The seller portal's side of the API: Medusa's auth for the `producer` actor and the plugin's `/producer/*`
 * (docs/decisions/017), always with the member's own token. Answers come back with their status, so a page can
 * tell a refusal it explains (400, 403, 404) from a signed-out member (401) and from a fault (5xx, thrown).
 */
import { backendCall } from "~/lib/medusa.server"
import { portalToken, redirectToSignIn, signOutCookie } from "~/lib/portal-session.server"

export type Member = { id: string; email: string; name: string | null; role: "owner" | "staff" }
export type Producer = { id: string; handle: string; name: string; entity_type: string; province_code: string }
export type Me = { member: Member; producer: Producer }
export type CertificationState = "valid" | "expiring" | "expired" | "revoked" | "superseded" | "upcoming"
export type PortalProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  description: string | null
  /** The product's photos, the main photo (the thumbnail) first. */
  images: { id: string; url: string }[]
  variants: { id: string; title: string; sku: string | null; price: number | null; stocked: number; reserved: number }[]
  certification: { stars: number; certificate_no: string; expires_at: string; state: CertificationState } | null
  /** The programme's sales points the product is sold at (docs/decisions/044). */
  sales_points?: { id: string; handle: string; name: string }[]
  /** A new title or pack of a certified product, or a sales point to add or leave, waiting for the programme's review. */
  pending_changes?: {
    id: string
    kind: "title" | "variant" | "sales_point_add" | "sales_point_remove"
    changes: { title?: string; sales_point_id?: string }
    created_at: string
  }[]
}
export type Invite = { id: string; email: string; role: Member["role"]; expires_at: string; state: "open" | "expired" | "accepted" | "revoked" }
export type Page<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }

/** Signs in as a producer's member: the token when the login acts for a producer, else null. */
export async function signIn(email: string, password: string, request: Request): Promise<string | null> {
  const login = await backendCall("POST", "/auth/producer/emailpass", { body: { email, password }, request })
  if (login.status !== 200 || typeof login.body.token !== "string") return null
  const me = await backendCall("GET", "/producer/me", { token: login.body.token })
  return me.status === 200 ? login.body.token : null
}

export async function signOutEverywhere(token: string) {
  await backendCall("DELETE", "/producer/me/sessions", { token })
}

/** The signed-in member, or a redirect to the sign-in page (her token ended, or she left the team). */
export async function requireMember(request: Request): Promise<{ token: string; me: Me }> {
  const token = await portalToken(request)
  if (!token) redirectToSignIn(request)
  const me = await backendCall("GET", "/producer/me", { token })
  if (me.status === 401) redirectToSignIn(request, await signOutCookie(request))
  return { token, me: me.body as Me }
}

export type InviteCheck =
  | { ok: true; invite: { email: string; role: Member["role"]; state: Invite["state"]; expires_at: string; producer: { handle: string; name: string }; has_login: boolean } }
  | { ok: false }

export async function checkInvite(linkToken: string, request: Request): Promise<InviteCheck> {
  const answer = await backendCall("GET", `/producer/invites/check?token=${encodeURIComponent(linkToken)}`, { request })
  return answer.status === 200 ? { ok: true, invite: answer.body.invite } : { ok: false }
}

export type AcceptResult = { ok: true; token: string } | { ok: false; reason: "wrongPassword" | "used" | "expired" | "invalid" | "otherProducer" }

/**
 * Accepts an invitation as the portal's page does: a new login for the e-mail (or the one it has, with its
 * password), the invitation accepted with it, then signed in again so the token acts for the producer.
 */
export async function acceptInvite(input: { linkToken: string; email: string; password: string; name: string; hasLogin: boolean }, request: Request): Promise<AcceptResult> {
  const credentials = { email: input.email, password: input.password }
  const first = input.hasLogin
    ? await backendCall("POST", "/auth/producer/emailpass", { body: credentials, request })
    : await backendCall("POST", "/auth/producer/emailpass/register", { body: credentials, request })
  if (first.status !== 200 || typeof first.body.token !== "string") return { ok: false, reason: "wrongPassword" }
  const accepted = await backendCall("POST", "/producer/invites/accept", { token: first.body.token, body: { token: input.linkToken, name: input.name } })
  if (accepted.status !== 201) {
    const message = String(accepted.body.message ?? "")
    const reason = /expired/.test(message) ? "expired" : /used or withdrawn/.test(message) ? "used" : /already acts/.test(message) ? "otherProducer" : "invalid"
    return { ok: false, reason }
  }
  const token = await signIn(input.email, input.password, request)
  return token ? { ok: true, token } : { ok: false, reason: "invalid" }
}

export async function listProducts(token: string, page: { limit: number; offset: number }) {
  return (await backendCall("GET", `/producer/products?limit=${page.limit}&offset=${page.offset}`, { token })).body as Page<"products", PortalProduct>
}

export async function loadProduct(token: string, id: string): Promise<PortalProduct | null> {
  const answer = await backendCall("GET", `/producer/products/${encodeURIComponent(id)}`, { token })
  return answer.status === 200 ? (answer.body.product as PortalProduct) : null
}

/** A change the backend refused, with its message; null when it was saved. */
export async function updateProduct(token: string, id: string, change: { description: string }): Promise<string | null> {
  const answer = await backendCall("POST", `/producer/products/${encodeURIComponent(id)}`, { token, body: change })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

export async function updateVariant(token: string, productId: string, variantId: string, change: { price: number; stock: number }): Promise<string | null> {
  const answer = await backendCall("POST", `/producer/products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}`, { token, body: change })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

/** New photos of the product (checked by the backend again, by their bytes): null when they were added, else the refusal. */
export async function uploadProductImages(token: string, productId: string, files: File[]): Promise<string | null> {
  const form = new FormData()
  for (const file of files) form.append("images", file, file.name)
  const answer = await backendCall("POST", `/producer/products/${encodeURIComponent(productId)}/images`, { token, form })
  return answer.status === 201 ? null : String(answer.body.message ?? answer.status)
}

export async function removeProductImage(token: string, productId: string, imageId: string): Promise<string | null> {
  const answer = await backendCall("DELETE", `/producer/products/${encodeURIComponent(productId)}/images/${encodeURIComponent(imageId)}`, { token })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

/**
 * The chosen photo first, the others in the order they had: Medusa's thumbnail, and the first photo of the
 * product's gallery and cards. The order is read just before, so a photo added meanwhile is kept.
 */
export async function makeMainProductImage(token: string, productId: string, imageId: string): Promise<string | null> {
  const product = await loadProduct(token, productId)
  if (!product) return "404"
  if (!product.images.some((image) => image.id === imageId)) return "404"
  const image_ids = [imageId, ...product.images.map((image) => image.id).filter((id) => id !== imageId)]
  const answer = await backendCall("POST", `/producer/products/${encodeURIComponent(productId)}/images/order`, { token, body: { image_ids } })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

/** A new draft product: its id, or the backend's refusal. */
export async function createProduct(
  token: string,
  product: { title: string; title_en?: string; description?: string; description_en?: string; variants: { title: string; title_en?: string; price: number; stock: number }[] }
): Promise<{ id: string } | { refused: string }> {
  const answer = await backendCall("POST", "/producer/products", { token, body: product })
  return answer.status === 201 ? { id: answer.body.product.id as string } : { refused: String(answer.body.message ?? answer.status) }
}

/** The producer's profile as its owners edit it, beside the programme's record. */
export type ProducerProfile = Producer & {
  representative: string
  phone: string
  email: string | null
  address_line: string
  address_as_certified: string
  story_vi: string
  story_en: string | null
  founded_year: number | null
}

export async function updateProfile(
  token: string,
  change: { story_vi: string; story_en: string; phone: string; email: string; address_line: string; founded_year: number | null }
): Promise<string | null> {
  const answer = await backendCall("POST", "/producer/me", { token, body: change })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

export async function listMembers(token: string) {
  return (await backendCall("GET", "/producer/members?limit=100", { token })).body as Page<"members", Member>
}

export async function listInvites(token: string) {
  return (await backendCall("GET", "/producer/members/invites?limit=100", { token })).body as Page<"invites", Invite>
}

export async function inviteMember(token: string, invite: { email: string; role: Member["role"] }): Promise<string | null> {
  const answer = await backendCall("POST", "/producer/members/invites", { token, body: invite })
  return answer.status === 201 ? null : String(answer.body.message ?? answer.status)
}

export async function withdrawInvite(token: string, id: string): Promise<string | null> {
  const answer = await backendCall("DELETE", `/producer/members/invites/${encodeURIComponent(id)}`, { token })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

export async function removeMember(token: string, id: string): Promise<string | null> {
  const answer = await backendCall("DELETE", `/producer/members/${encodeURIComponent(id)}`, { token })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

import type { LeadStatus } from "./lead-statuses"
export type { LeadStatus }
export type PortalLead = {
  id: string
  status: LeadStatus
  source: "booth_qr" | "fair_page" | "product_page"
  buyer_name: string
  organisation: string | null
  phone: string | null
  email: string | null
  market: string | null
  quantity: string | null
  note: string | null
  locale: "vi" | "en"
  contract_value: number | null
  created_at: string
  status_changed_at: string
  fair: { handle: string; name: string } | null
  booth: { number: string } | null
  product: { handle: string; title: string } | null
}
export type PortalLeadEvent = { id: string; status: LeadStatus; from_status: LeadStatus | null; note: string | null; contract_value: number | null; actor: string; created_at: string }

export async function listLeads(token: string, page: { limit: number; offset: number; status?: LeadStatus }) {
  const status = page.status ? `&status=${page.status}` : ""
  return (await backendCall("GET", `/producer/trade-leads?limit=${page.limit}&offset=${page.offset}${status}`, { token })).body as Page<"trade_leads", PortalLead>
}

export async function loadLead(token: string, id: string): Promise<(PortalLead & { events: PortalLeadEvent[] }) | null> {
  const answer = await backendCall("GET", `/producer/trade-leads/${encodeURIComponent(id)}`, { token })
  return answer.status === 200 ? answer.body.trade_lead : null
}

/** A step the backend refused, with its message; null when it was recorded. */
export async function updateLead(token: string, id: string, change: { status: LeadStatus; note?: string; contract_value?: number }): Promise<string | null> {
  const answer = await backendCall("POST", `/producer/trade-leads/${encodeURIComponent(id)}`, { token, body: change })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

import type { FulfilmentStep, ParcelState } from "./order-states"
export type { FulfilmentStep, ParcelState }
export type PortalOrderRow = {
  id: string
  display_id: number
  order_group_id: string
  status: string
  state: ParcelState
  item_count: number
  total: number
  currency_code: string
  delivery: "home" | "pickup"
  placed_at: string
}
export type PortalOrder = {
  id: string
  display_id: number
  status: string
  state: ParcelState
  next_steps: FulfilmentStep[]
  packed_at: string | null
  shipped_at: string | null
  ready_for_pickup_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  cancel_reason: string | null
  tracking: { carrier: string | null; number: string } | null
  placed_at: string
  order_group: { id: string; display_id: number; parcel_count: number } | null
  items: { id: string; title: string; variant_title: string | null; sku: string | null; thumbnail: string | null; quantity: number; unit_price: number; total: number; commission: { rate: number; amount: number } | null }[]
  delivery: { kind: "home" | "pickup"; name: string | null; amount: number; recipient: string | null; phone: string | null; address: string | null; province: string | null; ward_code: string | null }
  payment: { mode: "once" | "per_parcel"; provider_id: string | null; status: string | null; amount: number | null; paid: boolean }
  totals: { item_total: number; shipping_total: number; total: number; commission: number }
}

export async function listOrders(token: string, page: { limit: number; offset: number; state?: ParcelState }) {
  const state = page.state ? `&state=${page.state}` : ""
  return (await backendCall("GET", `/producer/orders?limit=${page.limit}&offset=${page.offset}${state}`, { token })).body as Page<"orders", PortalOrderRow>
}

export async function loadOrder(token: string, id: string): Promise<PortalOrder | null> {
  const answer = await backendCall("GET", `/producer/orders/${encodeURIComponent(id)}`, { token })
  return answer.status === 200 ? (answer.body.order as PortalOrder) : null
}

/** The route of each step under `/producer/orders/:id/`. */
const STEP_ROUTES: Record<FulfilmentStep, string> = {
  packed: "packed",
  shipped: "shipped",
  ready_for_pickup: "ready-for-pickup",
  delivered: "delivered",
  canceled: "cancel",
}

/** A fulfilment step the backend refused, with its message; null when it was taken. */
export async function takeOrderStep(token: string, id: string, step: FulfilmentStep, body: Record<string, string> = {}): Promise<string | null> {
  const answer = await backendCall("POST", `/producer/orders/${encodeURIComponent(id)}/${STEP_ROUTES[step]}`, { token, body })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

/** A buyer's review of one of the producer's products, as the portal lists it (plugin `GET /producer/reviews`). */
export type PortalReview = {
  id: string
  rating: number
  text: string
  author_name: string
  created_at: string
  reply: { text: string; replied_at: string } | null
  product: { handle: string; title: string } | null
  status: "published" | "hidden"
  hidden_reason: string | null
}

export async function listReviews(token: string, page: { limit: number; offset: number; unanswered?: boolean }) {
  const answered = page.unanswered ? "&answered=false" : ""
  return (await backendCall("GET", `/producer/reviews?limit=${page.limit}&offset=${page.offset}${answered}`, { token })).body as Page<"reviews", PortalReview>
}

/** The producer's one answer to a review; the backend's message when it refuses (answered already, not its own). */
export async function replyToReview(token: string, id: string, text: string): Promise<string | null> {
  const answer = await backendCall("POST", `/producer/reviews/${encodeURIComponent(id)}/reply`, { token, body: { text } })
  return answer.status < 400 ? null : String(answer.body.message ?? answer.status)
}
