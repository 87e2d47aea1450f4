/** Any path no page answers: the 404 page, with the header and the root's data like every other page. */
export async function loader() {
  throw new Response(null, { status: 404, statusText: "Not Found" })
}

export default function NotFound() {
  return null
}
