import { data, type LoaderFunctionArgs } from "@remix-run/node"
import { favouritesAmong } from "~/features/account/customer.server"
import { customerToken } from "~/lib/session.server"

const PRIVATE = { "Cache-Control": "private, no-store" }

/**
 * Whether the logged-in customer keeps this product, for the product page's button once it runs (the page is
 * the same for everyone and cached; this answer is hers alone). A visitor, or a session that ended: not kept.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const handle = new URL(request.url).searchParams.get("handle") ?? ""
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(handle) || handle.length > 200) return data({ kept: false }, { status: 400, headers: PRIVATE })
  const token = await customerToken(request)
  if (!token) return data({ kept: false }, { headers: PRIVATE })
  const kept = await favouritesAmong(token, [handle]).then(
    (handles) => handles.includes(handle),
    () => false
  )
  return data({ kept }, { headers: PRIVATE })
}
