import { localizePath } from "~/i18n/config"

/**
 * sitemap.xml with every page in both languages, each entry naming its other-language twin
 * (`xhtml:link rel="alternate" hreflang`), as search engines ask for multilingual sites.
 */
export function sitemapXml(origin: string, paths: string[]): string {
  const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
  const alternates = (path: string) =>
    [
      `<xhtml:link rel="alternate" hreflang="vi" href="${escape(origin + path)}"/>`,
      `<xhtml:link rel="alternate" hreflang="en" href="${escape(origin + localizePath(path, "en"))}"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escape(origin + path)}"/>`,
    ].join("")
  const entries = paths.flatMap((path) =>
    (["vi", "en"] as const).map(
      (locale) => `<url><loc>${escape(origin + localizePath(path, locale))}</loc>${alternates(path)}</url>`
    )
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join(
    "\n"
  )}\n</urlset>\n`
}
