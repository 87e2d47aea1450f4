/**
 * The loader and action behind the "new address" and "edit address" pages: the places for the form, and the
 * save, which checks the ward against the province's own list from the Store API before writing.
 */
import { data, redirect } from "@remix-run/node"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { joinFullName } from "~/lib/names"
import { formatShopperPhone } from "~/lib/phone-display"
import { listProvinces } from "~/lib/places.server"
import { flashCookie } from "~/lib/session.server"
import { byName } from "~/lib/wards"
import type { AddressValues } from "./AddressForm"
import { PRIVATE_HEADERS, wardOptions } from "./account.server"
import { addressBody, createAddress, updateAddress, type Address, type Customer } from "./customer.server"
import { addressSchema } from "./schemas"

export function valuesOf(address: Address | null, customer: Customer): AddressValues {
  if (!address) {
    return { full_name: joinFullName(customer), phone: customer.phone ? formatShopperPhone(customer.phone) : "", is_default: customer.addresses.length === 0 }
  }
  const wardCode = address.metadata?.ward_code
  return {
    full_name: joinFullName(address),
    phone: address.phone ? formatShopperPhone(address.phone) : "",
    province: address.province ?? "",
    ward_code: typeof wardCode === "string" ? wardCode : "",
    address_1: address.address_1 ?? "",
    is_default: address.is_default_shipping,
  }
}

/**
 * The page's data. `?province=` picks that province (its wards listed, no ward chosen): the form's fetch
 * when the province changes reads `wards` from here, and the same URL works as a page without JavaScript.
 */
export async function addressFormLoader(request: Request, titleKey: string, saved: AddressValues, name: string) {
  const asked = new URL(request.url).searchParams.get("province")
  const values = asked === null ? saved : { ...saved, province: asked, ward_code: "" }
  const [t, provinces, wards] = await Promise.all([translatorFor(localeOf(request)), listProvinces().then(byName), wardOptions(values.province)])
  return data(
    { title: `${t(titleKey)} · ${t("site.name")}`, name, provinces, province: values.province ?? "", wards, values },
    { headers: PRIVATE_HEADERS }
  )
}

/** Saves the address (new when `id` is undefined); without JavaScript, "show the wards" comes here too. */
export async function addressFormAction(request: Request, token: string, id?: string) {
  const form = await request.formData()
  const intent = form.get("intent")
  const raw = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")) as Record<string, string>
  const values: AddressValues = { ...raw, is_default: raw.is_default === "on" }
  if (intent !== "save") {
    // The province was chosen without JavaScript: the same form again, with its wards, nothing checked yet.
    return data({ errors: {} as Record<string, string>, values: { ...values, ward_code: "" }, wards: await wardOptions(values.province) })
  }
  const parsed = parseForm(addressSchema, form)
  const wards = await wardOptions(raw.province)
  if (parsed.errors) return data({ errors: parsed.errors, values, wards }, { status: 400 })
  const ward = wards.find((candidate) => candidate.code === parsed.data.ward_code)
  if (!ward) return data({ errors: { ward_code: "account.errors.wardRequired" } as Record<string, string>, values, wards }, { status: 400 })
  const body = addressBody(parsed.data, ward.name)
  if (id) await updateAddress(token, id, body)
  else await createAddress(token, body)
  throw redirect(localizePath("/tai-khoan/dia-chi", localeOf(request)), {
    headers: { "Set-Cookie": await flashCookie(request, "account.addressBook.saved") },
  })
}
