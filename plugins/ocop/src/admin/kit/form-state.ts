import { useState, type ChangeEvent } from "react"

/** Text values of a form keyed by field, with an `onChange` for inputs bound by name. */
export function useFormValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial)
  const set = (name: keyof T, value: string) => setValues((current) => ({ ...current, [name]: value }))
  const bind = (name: keyof T & string) => ({
    id: name,
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(name, event.target.value),
  })
  return { values, set, bind, reset: setValues }
}

/** Empty text means "not given": null for optional fields, a number where a number is expected. */
export const textOrNull = (value: string) => (value.trim() ? value.trim() : null)
export const numberOrNull = (value: string) => (value.trim() ? Number(value.replace(",", ".")) : null)
export const asText = (value: unknown) => (value == null ? "" : String(value))
