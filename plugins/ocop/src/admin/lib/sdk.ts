import Medusa from "@medusajs/js-sdk"

/**
 * The dashboard is served by the backend itself (`/app`), so relative URLs reach the API and the admin's
 * session cookie authenticates every call.
 */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
