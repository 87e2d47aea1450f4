/**
 * What every form's action does with a post: read its fields as strings, check them with a zod schema, and on
 * failure answer each field with one message key (an i18n key the form shows beside that field) and echo what
 * was typed, never a password or a token.
 */
import type { z } from "zod"

/** FormData → the plain strings zod reads; files are ignored. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form) if (typeof value === "string") values[key] = value
  return values
}

/**
 * A failed parse as `{ field: message }`, the first issue of each field (`form` for issues of no field). The
 * schemas' own messages are keys of the page's strings; zod's built-in English ones are not shown, `fallback`
 * names the field's error instead.
 */
export function fieldErrors(
  error: z.ZodError,
  { isKey, fallback }: { isKey: (message: string) => boolean; fallback: (field: string) => string }
): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form"
    errors[field] ??= isKey(issue.message) ? issue.message : fallback(field)
  }
  return errors
}

/** `account.errors.phoneInvalid`, `portal.errors.priceInvalid`: a whole key under some section's `errors`. */
const ERROR_KEY = /^[a-z]+\.errors\.[A-Za-z]+$/

/**
 * Parses a submitted form whose schema speaks in whole error keys (the account's and the portal's forms):
 * `{ data }`, or `{ errors, values }` with the values typed, never the passwords.
 */
export function parseForm<T extends z.ZodTypeAny>(
  schema: T,
  form: FormData
): { data: z.infer<T>; errors?: undefined; values?: undefined } | { data?: undefined; errors: Record<string, string>; values: Record<string, string> } {
  const raw = formValues(form)
  const result = schema.safeParse(raw)
  if (result.success) return { data: result.data }
  const errors = fieldErrors(result.error, { isKey: (message) => ERROR_KEY.test(message), fallback: () => "account.errors.invalid" })
  return { errors, values: withoutSecrets(raw) }
}

export function withoutSecrets(values: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [key, value] of Object.entries(values)) if (!/password|token/.test(key)) kept[key] = value
  return kept
}
