import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { AccountShell } from "~/features/account/AccountShell"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { deleteAddress, requireCustomer } from "~/features/account/customer.server"
import { useAccountTranslation } from "~/features/account/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { displayName, joinFullName } from "~/lib/names"
import { formatShopperPhone } from "~/lib/phone-display"
import { listProvinces } from "~/lib/places.server"
import { flashCookie, takeFlash } from "~/lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const { customer } = await requireCustomer(request)
  const [t, flash, provinces] = await Promise.all([translatorFor(localeOf(request)), takeFlash(request), listProvinces()])
  const provinceName = new Map(provinces.map((province) => [province.code, province.name]))
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    {
      title: `${t("account.addressBook.title")} · ${t("site.name")}`,
      name: displayName(customer),
      notice: flash.notice,
      addresses: customer.addresses.map((address) => ({
        id: address.id,
        name: joinFullName(address),
        phone: address.phone ? formatShopperPhone(address.phone) : null,
        street: address.address_1 ?? "",
        place: [address.city, provinceName.get(address.province ?? "") ?? address.province].filter(Boolean).join(", "),
        is_default: address.is_default_shipping,
      })),
    },
    { headers }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const { token, customer } = await requireCustomer(request)
  const form = await request.formData()
  const id = form.get("id")
  // Only an address of this customer's own book; Medusa checks it too.
  if (form.get("intent") !== "delete" || !customer.addresses.some((address) => address.id === id)) {
    throw new Response(null, { status: 404, statusText: "Not Found" })
  }
  await deleteAddress(token, String(id))
  return redirect(new URL(request.url).pathname, { headers: { "Set-Cookie": await flashCookie(request, "account.addressBook.deleted") } })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function AddressBook() {
  const { name, addresses, notice } = useLoaderData<typeof loader>()
  const { t } = useAccountTranslation()
  return (
    <AccountShell name={name} title={t("account.addressBook.title")} notice={notice ? t(notice) : null}>
      <p className="text-sm text-stone-700">{t("account.addressBook.intro")}</p>
      {addresses.length === 0 ? (
        <p className="mt-4 text-stone-700">{t("account.addressBook.empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {addresses.map((address) => (
            <li key={address.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <div className="flex items-start justify-between gap-2">
                <address className="not-italic text-sm text-stone-800">
                  <span className="block font-semibold text-stone-900">{address.name}</span>
                  {address.phone && <span className="block">{address.phone}</span>}
                  <span className="block">{address.street}</span>
                  <span className="block">{address.place}</span>
                </address>
                {address.is_default && (
                  <span className="shrink-0 rounded-full bg-ocop-100 px-2.5 py-0.5 text-xs font-bold text-ocop-900">
                    {t("account.addressBook.isDefault")}
                  </span>
                )}
              </div>
              <div className="mt-3 flex gap-2">
                <LocaleLink
                  to={`/tai-khoan/dia-chi/${address.id}`}
                  aria-label={t("account.addressBook.editLabel", { street: address.street })}
                  className="inline-flex h-10 items-center rounded-lg border border-stone-300 px-4 text-sm font-semibold text-stone-800 hover:bg-stone-50"
                >
                  {t("account.addressBook.edit")}
                </LocaleLink>
                <Form method="post">
                  <input type="hidden" name="id" value={address.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="delete"
                    aria-label={t("account.addressBook.deleteLabel", { street: address.street })}
                    className="h-10 rounded-lg border border-red-200 px-4 text-sm font-semibold text-label-red hover:bg-red-50"
                  >
                    {t("account.addressBook.delete")}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-5">
        <LocaleLink
          to="/tai-khoan/dia-chi/moi"
          className="inline-flex h-12 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
        >
          {t("account.addressBook.add")}
        </LocaleLink>
      </p>
    </AccountShell>
  )
}
