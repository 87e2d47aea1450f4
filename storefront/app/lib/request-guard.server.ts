/**
 * Requests refused before Remix sees them (server.mjs calls this through the server build), with a 4xx page in
 * the visitor's language instead of Remix's bare 500:
 *
 * - a path or query that is not valid percent-encoded UTF-8 (`%ff`, a cut `%E0%A4%A`), or that holds U+0000:
 *   no link of this site makes one, and the backend refuses them (a loader would turn that refusal into a 500);
 * - a form posted from another origin, same-site ones included (another port or subdomain): Remix refuses it
 *   too, but by throwing, which answers an empty 500. The rule is Remix's own (the `Origin` host must be the
 *   `X-Forwarded-Host` or `Host`), so what passes here passes Remix.
 */
import { localeFromPathname, type Locale } from "~/i18n/config"

export type GuardRequest = { method: string; url: string; headers: Record<string, string | string[] | undefined> }
export type Refusal = { status: 400 | 403; html: string }

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"])

export function refuseBadRequest(request: GuardRequest): Refusal | null {
  const [rawPath = "", ...rest] = request.url.split("?")
  const locale = localeFromPathname(rawPath)
  const path = strictDecode(rawPath)
  const query = strictDecode(rest.join("?").replaceAll("+", " "))
  if (path === null || query === null || path.includes("\u0000") || query.includes("\u0000")) {
    return { status: 400, html: page(locale, 400) }
  }
  if (UNSAFE_METHODS.has(request.method.toUpperCase()) && !isSameOrigin(request.headers)) {
    return { status: 403, html: page(locale, 403) }
  }
  return null
}

function strictDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

const header = (headers: GuardRequest["headers"], name: string) => {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** No `Origin` (an old browser, a script): nothing to compare, and the session cookie is SameSite=Lax. */
function isSameOrigin(headers: GuardRequest["headers"]): boolean {
  const origin = header(headers, "origin")
  if (!origin) return true
  if (origin === "null") return false
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return false
  }
  const host = header(headers, "x-forwarded-host")?.split(",")[0]?.trim() || header(headers, "host")
  return !!host && host === originHost
}

const WORDS: Record<Locale, Record<400 | 403, { title: string; text: string }> & { home: string; site: string }> = {
  vi: {
    400: { title: "Địa chỉ không hợp lệ", text: "Đường dẫn hoặc từ khoá có ký tự không đọc được. Hãy kiểm tra lại địa chỉ, hoặc tìm từ trang chủ." },
    403: { title: "Yêu cầu bị từ chối", text: "Biểu mẫu này được gửi từ một trang khác, nên không được thực hiện. Hãy mở lại trang và gửi từ chính trang của Chợ OCOP." },
    home: "Về trang chủ",
    site: "Chợ OCOP Đắk Lắk",
  },
  en: {
    400: { title: "Invalid address", text: "The link or the search words hold characters that cannot be read. Check the address, or search from the home page." },
    403: { title: "Request refused", text: "This form was sent from another site, so it was not carried out. Open the page again and send it from Chợ OCOP itself." },
    home: "Back to the home page",
    site: "Chợ OCOP Đắk Lắk",
  },
}

/** A page of its own (no Remix render runs for these): the site's name, what happened, the way back. */
function page(locale: Locale, status: 400 | 403): string {
  const words = WORDS[locale]
  const { title, text } = words[status]
  const home = locale === "en" ? "/en" : "/"
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${title} · ${words.site}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>body{margin:0;font-family:system-ui,sans-serif;color:#1c1917;background:#fafaf9}header{background:#14532d;color:#fff;padding:1rem}
header a{color:#fff;font-weight:700;text-decoration:none}main{max-width:36rem;margin:0 auto;padding:4rem 1rem;text-align:center}
.code{font-size:3.75rem;font-weight:900;color:#166534;margin:0}h1{font-size:1.5rem;margin:1rem 0 0}p{line-height:1.5}
.home{display:inline-block;margin-top:2rem;background:#166534;color:#fff;padding:.75rem 1.25rem;border-radius:.5rem;font-weight:600;text-decoration:none}</style>
</head><body><header><a href="${home}">${words.site}</a></header>
<main><p class="code" aria-hidden="true">${status}</p><h1>${title}</h1><p>${text}</p><a class="home" href="${home}">${words.home}</a></main>
</body></html>`
}
