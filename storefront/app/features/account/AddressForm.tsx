import { Form, useFetcher, useLocation, useNavigation } from "@remix-run/react"
import { useEffect, useState } from "react"
import { Field, Notice, SelectField, SubmitButton } from "~/components/form"
import { useHydrated } from "~/lib/use-hydrated"
import { PhoneField } from "./fields"
import { useAccountTranslation } from "./strings"

export type PlaceOption = { code: string; name: string }
export type AddressValues = {
  full_name?: string
  phone?: string
  province?: string
  ward_code?: string
  address_1?: string
  is_default?: boolean
}

/**
 * A Vietnamese delivery address since the July 2025 reform: province, then its commune or ward (two levels,
 * no district), then the street. The wards come from the Store API with the page: with JavaScript a change of
 * province fetches that province's wards (this route's loader with `?province=`); without it, the button
 * "show the wards" posts the form back and the page returns with the list, the typed values kept.
 */
export function AddressForm({
  provinces,
  wards: initialWards,
  values,
  errors = {},
  cancelTo,
}: {
  provinces: PlaceOption[]
  wards: PlaceOption[]
  values: AddressValues
  errors?: Record<string, string>
  cancelTo: string
}) {
  const { t } = useAccountTranslation()
  const hydrated = useHydrated()
  const { pathname } = useLocation()
  const navigation = useNavigation()
  const wardsFetcher = useFetcher<{ wards: PlaceOption[]; province: string | null }>()
  const [province, setProvince] = useState(values.province ?? "")
  const [wardCode, setWardCode] = useState(values.ward_code ?? "")
  const [wards, setWards] = useState(initialWards)

  // A new answer from the server (after a post without JavaScript, or a failed save) resets the choices.
  useEffect(() => {
    setProvince(values.province ?? "")
    setWardCode(values.ward_code ?? "")
    setWards(initialWards)
  }, [values, initialWards])

  useEffect(() => {
    const data = wardsFetcher.data
    if (data && data.province === province) setWards(data.wards)
  }, [wardsFetcher.data, province])

  const changeProvince = (code: string) => {
    setProvince(code)
    setWardCode("")
    setWards([])
    if (code) wardsFetcher.load(`${pathname}?province=${encodeURIComponent(code)}`)
  }

  const saving = navigation.state === "submitting" && navigation.formData?.get("intent") === "save"
  const hasErrors = Object.keys(errors).length > 0
  return (
    <Form method="post" className="space-y-4" noValidate>
      {hasErrors && <Notice tone="error">{t("account.errors.summary")}</Notice>}
      <Field name="full_name" label={t("account.fields.fullName")} autoComplete="name" defaultValue={values.full_name} error={errors.full_name} required />
      <PhoneField defaultValue={values.phone} error={errors.phone} />
      <div>
        <SelectField
          name="province"
          label={t("account.fields.province")}
          error={errors.province}
          placeholder={t("account.fields.choose")}
          options={provinces}
          value={province}
          onChange={(event) => changeProvince(event.currentTarget.value)}
          autoComplete="address-level1"
        />
        {!hydrated && (
          <button
            type="submit"
            name="intent"
            value="wards"
            formNoValidate
            className="mt-2 h-10 rounded-lg border border-ocop-800 bg-white px-3 text-sm font-semibold text-ocop-900"
          >
            {t("account.addressBook.showWards")}
          </button>
        )}
      </div>
      <SelectField
        name="ward_code"
        label={t("account.fields.ward")}
        error={errors.ward_code}
        placeholder={wards.length === 0 ? t("account.fields.chooseProvinceFirst") : t("account.fields.choose")}
        options={wards}
        value={wardCode}
        onChange={(event) => setWardCode(event.currentTarget.value)}
        disabled={wards.length === 0}
        aria-busy={wardsFetcher.state === "loading" ? true : undefined}
        autoComplete="address-level2"
      />
      <Field
        name="address_1"
        label={t("account.fields.street")}
        autoComplete="address-line1"
        defaultValue={values.address_1}
        error={errors.address_1}
        required
      />
      <label className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
        <input type="checkbox" name="is_default" defaultChecked={values.is_default} className="size-5 accent-ocop-800" />
        {t("account.fields.isDefault")}
      </label>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <SubmitButton busy={saving} name="intent" value="save">{t("account.addressBook.save")}</SubmitButton>
        <a href={cancelTo} className="text-center text-sm font-semibold text-ocop-800 underline underline-offset-4">
          {t("account.addressBook.cancel")}
        </a>
      </div>
    </Form>
  )
}
