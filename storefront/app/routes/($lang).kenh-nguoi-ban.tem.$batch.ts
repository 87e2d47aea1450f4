import type { LoaderFunctionArgs } from "@remix-run/node"
import { requireMember } from "~/features/portal/portal.server"
import { labelSheet } from "~/features/portal/stamps.server"

/** A batch's sheet of labels, streamed from the backend for the signed-in member's own batches only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token } = await requireMember(request)
  const sheet = await labelSheet(token, params.batch ?? "")
  if (!sheet?.body) throw new Response(null, { status: 404, statusText: "Not Found" })
  return new Response(sheet.body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": sheet.headers.get("content-disposition") ?? `attachment; filename="tem-ocop.pdf"`,
      "Cache-Control": "private, no-store",
    },
  })
}
