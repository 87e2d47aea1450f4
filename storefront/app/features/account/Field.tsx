import type { InputHTMLAttributes, ReactNode } from "react"
import { PASSWORD_MIN } from "./schemas"
import { useAccountTranslation } from "./strings"

export const inputClass =
  "mt-1 block h-12 w-full rounded-lg border bg-white px-3 text-base text-stone-900 aria-[invalid=true]:border-label-red aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-label-red"

/**
 * A labelled input with its hint and its error beside it, tied together for screen readers
 * (`aria-describedby`, `aria-invalid`). `error` is an i18n key from schemas.ts.
 */
export function Field({
  name,
  label,
  error,
  hint,
  ...input
}: { name: string; label: string; error?: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`${inputClass} ${error ? "border-label-red" : "border-stone-300"}`}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} error={error} />}
    </div>
  )
}

type KnownField = { defaultValue?: string; error?: string }

/** The fields several account forms share, with the same label, keyboard and autofill everywhere. */
export function EmailField({ defaultValue, error }: KnownField) {
  const { t } = useAccountTranslation()
  return (
    <Field
      name="email"
      label={t("account.fields.email")}
      type="email"
      autoComplete="email"
      inputMode="email"
      defaultValue={defaultValue}
      error={error}
      required
    />
  )
}

export function PhoneField({ defaultValue, error }: KnownField) {
  const { t } = useAccountTranslation()
  return (
    <Field
      name="phone"
      label={t("account.fields.phone")}
      type="tel"
      inputMode="tel"
      autoComplete="tel"
      defaultValue={defaultValue}
      hint={t("account.fields.phoneHint")}
      error={error}
      required
    />
  )
}

export function NewPasswordField({ label, error }: { label: string; error?: string }) {
  const { t } = useAccountTranslation()
  return (
    <Field
      name="password"
      label={label}
      type="password"
      autoComplete="new-password"
      minLength={PASSWORD_MIN}
      hint={t("account.fields.passwordHint")}
      error={error}
      required
    />
  )
}

export function FieldError({ id, error }: { id: string; error: string }) {
  const { t } = useAccountTranslation()
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-label-red">
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
      className="h-12 w-full rounded-lg bg-ocop-800 px-6 text-base font-bold text-white hover:bg-ocop-900 disabled:cursor-wait disabled:opacity-80 sm:w-auto"
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  )
}
