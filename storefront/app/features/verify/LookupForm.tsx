import { Form } from "@remix-run/react"
import { useLocalizePath } from "~/i18n/use-locale"
import { useVerifyErrorTranslation } from "./strings"

/** The lookup's one field: a real GET form, so it works before and without JavaScript. */
export function LookupForm({ q = "", autoFocus = false }: { q?: string; autoFocus?: boolean }) {
  const { t } = useVerifyErrorTranslation()
  const localize = useLocalizePath()
  return (
    <Form method="get" action={localize("/tra-cuu")} className="flex flex-col gap-2 sm:flex-row" role="search">
      <label htmlFor="lookup-q" className="sr-only">
        {t("verifyErrors.label")}
      </label>
      <input
        id="lookup-q"
        name="q"
        defaultValue={q}
        required
        minLength={2}
        maxLength={100}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        placeholder={t("verifyErrors.placeholder")}
        className="min-h-12 flex-1 rounded-lg border border-stone-400 bg-white px-3 text-base text-stone-900"
      />
      <button type="submit" className="min-h-12 rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900">
        {t("verifyErrors.submit")}
      </button>
    </Form>
  )
}
