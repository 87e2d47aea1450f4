import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { Field, Notice, SubmitButton } from "~/components/form"
import { AccountShell } from "~/features/account/AccountShell"
import { EmailVerificationNotice } from "~/features/account/EmailVerificationNotice"
import { GuestOrdersNotice } from "~/features/account/GuestOrdersNotice"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { emailVerification, guestOrders, requireCustomer, updateProfile } from "~/features/account/customer.server"
import { PhoneField } from "~/features/account/fields"
import { profileSchema } from "~/features/account/schemas"
import { useAccountTranslation } from "~/features/account/strings"
import { OrderCard } from "~/features/order/OrderCard"
import { listCustomerOrders } from "~/features/order/order.server"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { displayName, joinFullName } from "~/lib/names"
import { formatShopperPhone } from "~/lib/phone-display"
import { flashCookie, takeFlash } from "~/lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, customer } = await requireCustomer(request)
  const [t, flash, recent, guest, verification] = await Promise.all([
    translatorFor(localeOf(request)),
    takeFlash(request),
    listCustomerOrders(token, localeOf(request), { limit: 3 }),
    guestOrders(token),
    emailVerification(token),
  ])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    {
      title: `${t("account.title")} · ${t("site.name")}`,
      customer: {
        name: displayName(customer),
        full_name: joinFullName(customer),
        email: customer.email,
        phone: customer.phone ? formatShopperPhone(customer.phone) : "",
      },
      orders: recent.orders,
      orderCount: recent.count,
      guest,
      verification,
      notice: flash.notice,
    },
    { headers }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireCustomer(request)
  const parsed = parseForm(profileSchema, await request.formData())
  if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 })
  await updateProfile(token, parsed.data)
  // Post, redirect, get: a reload does not post again, and the page shows what was saved.
  return redirect(new URL(request.url).pathname, { headers: { "Set-Cookie": await flashCookie(request, "account.profilePage.saved") } })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function AccountHome() {
  const { customer, orders, orderCount, guest, verification, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useAccountTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  const values: Record<string, string> = result?.values ?? customer
  return (
    <AccountShell name={customer.name} title={t("account.profilePage.title")} notice={notice ? t(notice) : null}>
      <EmailVerificationNotice verification={verification} />
      <GuestOrdersNotice guest={guest} email={customer.email} emailVerified={verification.verified} />
      <Form method="post" className="space-y-4 rounded-xl border border-stone-200 bg-white p-4" noValidate>
        {Object.keys(errors).length > 0 && <Notice tone="error">{t("account.errors.summary")}</Notice>}
        <div>
          <p className="text-sm font-semibold text-stone-800">{t("account.profilePage.email")}</p>
          <p className="mt-1 break-all text-stone-900">{customer.email}</p>
        </div>
        <Field name="full_name" label={t("account.fields.fullName")} autoComplete="name" defaultValue={values.full_name} error={errors.full_name} required />
        <PhoneField defaultValue={values.phone} error={errors.phone} />
        <SubmitButton busy={navigation.state === "submitting"}>{t("account.profilePage.save")}</SubmitButton>
      </Form>
      <section aria-labelledby="recent-orders" className="mt-8">
        <h2 id="recent-orders" className="text-lg font-bold text-ocop-900">
          {t("account.orderList.recent")}
        </h2>
        {orders.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("account.orderList.empty")}</p>
        ) : (
          <>
            <ul className="mt-3 space-y-3">
              {orders.map((order) => (
                <li key={order.id}>
                  <OrderCard order={order} />
                </li>
              ))}
            </ul>
            {orderCount > orders.length && (
              <p className="mt-3">
                <LocaleLink to="/tai-khoan/don-hang" className="font-semibold text-ocop-800 underline underline-offset-4">
                  {t("account.orderList.all")}
                </LocaleLink>
              </p>
            )}
          </>
        )}
      </section>
    </AccountShell>
  )
}
