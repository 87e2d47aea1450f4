import type { LoaderFunctionArgs } from "@remix-run/node"
import { requireMember } from "~/features/portal/portal.server"
import { currentPeriod, statementFile } from "~/features/portal/statement.server"

/** The month's statement as a CSV file (`?thang=2026-12`), streamed from the backend for the member's producer only. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requireMember(request)
  const asked = new URL(request.url).searchParams.get("thang") ?? currentPeriod()
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(asked)) throw new Response(null, { status: 400, statusText: "Bad Request" })
  const file = await statementFile(token, asked)
  if (!file?.body) throw new Response(null, { status: 404, statusText: "Not Found" })
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": file.headers.get("content-disposition") ?? `attachment; filename="sao-ke-${asked}.csv"`,
      "Cache-Control": "private, no-store",
    },
  })
}
