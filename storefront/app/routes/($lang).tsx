import type { LoaderFunctionArgs } from "@remix-run/node"
import { Outlet } from "@remix-run/react"

/** Every page lives under an optional `/en`; any other first segment is not a page of this site. */
export async function loader({ params }: LoaderFunctionArgs) {
  if (params.lang !== undefined && params.lang !== "en") throw new Response(null, { status: 404 })
  return null
}

export default function LocaleLayout() {
  return <Outlet />
}
