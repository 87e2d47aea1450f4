/**
 * What search engines and link previews read: title, description, canonical URL, the page in the other
 * language (hreflang), Open Graph, and optional JSON-LD. Loaders compute the texts on the server (in the page's
 * language); `meta` functions only turn them into tags.
 */
import type { MetaDescriptor } from "@remix-run/node"
import { localizePath, type Locale } from "~/i18n/config"

export type Seo = {
  title: string
  description: string
  /** The Vietnamese-site path of this page with its meaningful query (`/san-pham?stars=5`). */
  path: string
  locale: Locale
  origin: string
  image?: string | null
  type?: "website" | "product" | "place" | "profile"
  noindex?: boolean
  jsonLd?: Record<string, unknown>
}

/** A meta description: at most ~160 characters, cut between words, with an ellipsis when cut. */
export function summarize(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, " ").trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,.;:–-]+$/, "")}…`
}

const OG_LOCALE: Record<Locale, string> = { vi: "vi_VN", en: "en_US" }

export function seoMeta(seo: Seo | undefined): MetaDescriptor[] {
  if (!seo) return []
  const url = (locale: Locale) => `${seo.origin}${localizePath(seo.path, locale)}`
  const other: Locale = seo.locale === "vi" ? "en" : "vi"
  const tags: MetaDescriptor[] = [
    { title: seo.title },
    { name: "description", content: seo.description },
    { tagName: "link", rel: "canonical", href: url(seo.locale) },
    { tagName: "link", rel: "alternate", hrefLang: "vi", href: url("vi") },
    { tagName: "link", rel: "alternate", hrefLang: "en", href: url("en") },
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: url("vi") },
    { property: "og:site_name", content: seo.locale === "vi" ? "Chợ OCOP Đắk Lắk" : "Đắk Lắk OCOP Market" },
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
    { property: "og:url", content: url(seo.locale) },
    { property: "og:type", content: seo.type === "product" ? "product" : "website" },
    { property: "og:locale", content: OG_LOCALE[seo.locale] },
    { property: "og:locale:alternate", content: OG_LOCALE[other] },
    { name: "twitter:card", content: seo.image ? "summary_large_image" : "summary" },
  ]
  if (seo.image) tags.push({ property: "og:image", content: seo.image })
  if (seo.noindex) tags.push({ name: "robots", content: "noindex, follow" })
  if (seo.jsonLd) tags.push({ "script:ld+json": seo.jsonLd })
  return tags
}
