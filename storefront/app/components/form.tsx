/**
 * The form kit every form of the storefront is built from (account, checkout, seller portal): a labelled field
 * with its hint and its error tied to it for screen readers, the message at the top of a form, the submit
 * button. Errors and hints arrive as i18n keys of the page's own section (`account.errors.phoneInvalid`,
 * `checkout.errors.phone`), which the page has added before it renders the form.
 */
import { useActionData } from "@remix-run/react"
import { useEffect, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react"
import { useTranslation } from "react-i18next"

export const inputClass =
  "mt-1 block h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-base text-stone-900 aria-[invalid=true]:border-label-red aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-label-red"

/** The keyboard and autofill of the fields that many forms ask for, the same on every form. */
export const EMAIL_INPUT = { type: "email", autoComplete: "email", inputMode: "email" } as const
export const PHONE_INPUT = { type: "tel", autoComplete: "tel", inputMode: "tel" } as const

/** What a field's control needs to be tied to its label, hint and error. */
export type ControlProps = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }

/**
 * A labelled control with its hint and, when the server refused it, the reason under it in place of the hint.
 * An `<input>` by default (the other props are its attributes); `children` draws another control (a select).
 * Once the shopper edits the field the reason goes away (it said what was wrong with what she had typed), and
 * it comes back only if the next submission is refused again.
 */
export function Field({
  name,
  label,
  hint,
  error,
  children,
  className,
  ...input
}: {
  name: string
  label: string
  hint?: ReactNode
  /** an i18n key */
  error?: string
  children?: (control: ControlProps) => ReactNode
} & Omit<InputHTMLAttributes<HTMLInputElement>, "children">) {
  const id = `field-${name}`
  const answer = useActionData()
  const [edited, setEdited] = useState(false)
  useEffect(() => setEdited(false), [answer, error])
  if (edited) error = undefined
  const showHint = hint && !error
  const control: ControlProps = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [showHint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined,
  }
  return (
    <div onInput={() => setEdited(true)} onChange={() => setEdited(true)}>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      {children ? children(control) : <input {...control} className={`${inputClass} ${className ?? ""}`} {...input} />}
      {showHint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} name={name} error={error} />}
    </div>
  )
}

/** A field that chooses one of a list (a province, a ward): the first option asks to choose, or says why none can be. */
export function SelectField({
  name,
  label,
  hint,
  error,
  placeholder,
  options,
  ...select
}: {
  name: string
  label: string
  hint?: ReactNode
  error?: string
  placeholder: string
  options: { code: string; name: string }[]
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "children">) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} className={`${inputClass} px-2 disabled:bg-stone-100 disabled:text-stone-500`} {...select}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/** A field's error under its control; `error` is an i18n key. */
export function FieldError({ id, name, error }: { id: string; name?: string; error: string }) {
  const { t } = useTranslation()
  return (
    <p id={id} data-field-error={name} className="mt-1 text-sm font-semibold text-label-red">
      {t(error)}
    </p>
  )
}

/** A message at the top of a form or page: an error (role alert) or a confirmation (role status). */
export function Notice({ tone, children }: { tone: "error" | "success"; children: ReactNode }) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg border px-3 py-2.5 text-sm font-semibold ${
        tone === "error" ? "border-red-300 bg-red-50 text-label-red" : "border-ocop-600 bg-ocop-50 text-ocop-900"
      }`}
    >
      {children}
    </p>
  )
}

export function SubmitButton({
  children,
  busy,
  busyLabel,
  name,
  value,
}: {
  children: ReactNode
  busy?: boolean
  busyLabel?: string
  name?: string
  value?: string
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={busy}
      className="h-12 w-full rounded-lg bg-ocop-800 px-6 text-base font-bold text-white hover:bg-ocop-900 disabled:cursor-wait disabled:opacity-80 sm:w-auto sm:min-w-48"
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  )
}
