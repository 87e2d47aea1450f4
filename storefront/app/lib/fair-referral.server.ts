/**
 * A visit from a fair's QR code (docs/decisions/033, "QR codes and attribution"): a booth's code opens its page
 * with `?nguon=qr`, a product's code opens the product's page with `?hoi-cho=<fair>&gian=<booth>`. Such a view is
 * counted as a scan by the backend (never awaited: the page does not wait for a counter), and the fair and booth
 * are kept in a signed, httpOnly cookie until the fair's last day ends, so a purchase made later in the visit is
 * written on the cart (POST /store/ocop/carts/:id/fair, which checks the fair still runs) and carried to its orders.
 */
import { createCookie } from "@remix-run/node"
import { backendCall } from "./medusa.server"
import { sessionSecrets } from "./cookies.server"
import type { FairDetail } from "./store-api"

export type FairReferral = { fair: string; booth: string }

const secure = () => (process.env.STOREFRONT_URL ?? "").startsWith("https:")
const referralCookie = createCookie("ocop_fair", { httpOnly: true, sameSite: "lax", path: "/", secrets: sessionSecrets(), secure: secure() })

const HANDLE = /^[a-z0-9-]{1,200}$/
const BOOTH = /^[A-Za-z0-9-]{1,10}$/

/** The referral a product page's address carries (`?hoi-cho=&gian=`), when well formed. */
export function referralInUrl(url: URL): FairReferral | null {
  const fair = url.searchParams.get("hoi-cho")
  const booth = url.searchParams.get("gian")
  return fair && booth && HANDLE.test(fair) && BOOTH.test(booth) ? { fair, booth } : null
}

/** The referral this browser keeps, or null (none, expired, or a signature that does not hold). */
export async function referralOf(request: Request): Promise<FairReferral | null> {
  const header = request.headers.get("cookie")
  if (!header?.includes("ocop_fair=")) return null
  const value = await referralCookie.parse(header).catch(() => null)
  return value && typeof value.fair === "string" && typeof value.booth === "string" && HANDLE.test(value.fair) && BOOTH.test(value.booth)
    ? { fair: value.fair, booth: value.booth }
    : null
}

/** The Set-Cookie that keeps the referral until the fair ends; null when the fair is not running now. */
export async function rememberReferral(fair: Pick<FairDetail, "handle" | "phase" | "ends_at">, booth: string, now = new Date()): Promise<string | null> {
  if (fair.phase !== "current") return null
  const seconds = Math.floor((new Date(fair.ends_at).getTime() - now.getTime()) / 1000)
  if (seconds <= 0) return null
  return referralCookie.serialize({ fair: fair.handle, booth }, { maxAge: seconds })
}

/** Counts a scan, in the background: a failure or a refusal (429 included) never reaches the visitor. */
export function countScan(request: Request, fair: string, booth: string, productHandle?: string) {
  void backendCall("POST", `/store/ocop/fairs/${encodeURIComponent(fair)}/scans`, {
    request,
    body: productHandle ? { booth, product_handle: productHandle } : { booth },
  }).catch(() => {})
}

/** Writes the kept referral on the cart; a fair that ended meanwhile (400) or anything else leaves the cart as it is. */
export async function attributeCart(request: Request, cartId: string): Promise<void> {
  const referral = await referralOf(request)
  if (!referral) return
  await backendCall("POST", `/store/ocop/carts/${encodeURIComponent(cartId)}/fair`, {
    request,
    body: { fair_handle: referral.fair, booth: referral.booth },
  }).catch((error) => console.error("Writing the fair on the cart failed:", error))
}

/** A page that counted a scan or set the referral is this visitor's: never from a shared cache. */
export function referralHeaders(setCookie: string | null): HeadersInit {
  const headers: Record<string, string> = { "Cache-Control": "private, no-store", Vary: "Cookie" }
  if (setCookie) headers["Set-Cookie"] = setCookie
  return headers
}
