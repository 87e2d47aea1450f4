import type { LoaderFunctionArgs } from "@remix-run/node"
import { localeOf } from "~/i18n/i18next.server"

/**
 * The fair's printable catalogue (PDF, A4): the backend writes it (GET /store/ocop/fairs/:handle/catalogue.pdf);
 * this address on the shop's own domain passes it on, since a plain link cannot carry the store's API key.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const handle = params.handle ?? ""
  if (!/^[a-z0-9-]{1,200}$/.test(handle)) throw new Response(null, { status: 404 })
  const headers: Record<string, string> = {}
  if (process.env.MEDUSA_PUBLISHABLE_KEY) headers["x-publishable-api-key"] = process.env.MEDUSA_PUBLISHABLE_KEY
  const response = await fetch(`${process.env.MEDUSA_BACKEND_URL}/store/ocop/fairs/${handle}/catalogue.pdf?locale=${localeOf(request)}`, { headers })
  if (response.status === 404) throw new Response(null, { status: 404 })
  if (!response.ok) throw new Error(`The catalogue of ${handle} answered ${response.status}`)
  return new Response(await response.arrayBuffer(), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": response.headers.get("content-disposition") ?? `inline; filename="catalogue-${handle}.pdf"`,
      "Cache-Control": response.headers.get("cache-control") ?? "public, max-age=300",
    },
  })
}
