import type { LoaderFunctionArgs } from "@remix-run/node"
import { publicOrigin } from "~/lib/http.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request)
  // Search results and carts are endless or personal; everything else is for search engines.
  const body = [
    "User-agent: *",
    "Disallow: /tim-kiem",
    "Disallow: /en/tim-kiem",
    "Disallow: /gio-hang",
    "Disallow: /en/gio-hang",
    // A stamp's page counts scans: only people holding the package should open it.
    "Disallow: /tra-cuu/tem/",
    "Disallow: /en/tra-cuu/tem/",
    "Allow: /",
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n")
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  })
}
