import { EMAIL_INPUT, Field, PHONE_INPUT } from "~/components/form"
import { PASSWORD_MIN } from "./password"
import { useAccountTranslation } from "./strings"

type KnownField = { defaultValue?: string; error?: string }

/** The fields the account's and the portal's forms share, with the same label everywhere. */
export function EmailField({ defaultValue, error }: KnownField) {
  const { t } = useAccountTranslation()
  return <Field name="email" label={t("account.fields.email")} {...EMAIL_INPUT} defaultValue={defaultValue} error={error} required />
}

export function PhoneField({ defaultValue, error }: KnownField) {
  const { t } = useAccountTranslation()
  return (
    <Field
      name="phone"
      label={t("account.fields.phone")}
      {...PHONE_INPUT}
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

/** A new password typed twice, as the reset and the change of a password ask for it (schemas.ts compares them). */
export function NewPasswordTwice({ errors }: { errors: Record<string, string | undefined> }) {
  const { t } = useAccountTranslation()
  return (
    <>
      <NewPasswordField label={t("account.fields.newPassword")} error={errors.password} />
      <Field
        name="password_confirm"
        label={t("account.fields.passwordConfirm")}
        type="password"
        autoComplete="new-password"
        error={errors.password_confirm}
        required
      />
    </>
  )
}
