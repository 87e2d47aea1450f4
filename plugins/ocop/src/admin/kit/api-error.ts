/** The API's own message (bilingual for OCOP rules), for a form or a toast to show as it is. */
export function errorMessage(error: unknown): string | null {
  if (!error) return null
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^Invalid request: /, "")
}
