import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Notice, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { AccountShell } from "~/features/account/AccountShell"
import { acceptGuestOrders, claimGuestOrders, requireCustomer } from "~/features/account/customer.server"
import { claimTokens } from "~/features/account/schemas"
import { useAccountTranslation } from "~/features/account/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { useLocalizePath } from "~/i18n/use-locale"
import { loaderHeaders } from "~/lib/headers"
import { displayName } from "~/lib/names"
import { flashCookie, safeRedirect } from "~/lib/session.server"

/**
 * Where the mail about earlier guest orders leads (`?token=…&token=…`, plugins/ocop/src/notifications/mails.ts).
 * Opening it changes nothing (mail scanners open links too); the button posts the tokens, and the backend
 * takes them only with this account's login. Not logged in, the shopper logs in first and comes back here.
 * The page's action also has the link mailed (the notice of the account and order pages posts here).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { customer } = await requireCustomer(request)
  const t = await translatorFor(localeOf(request))
  const tokens = claimTokens(new URL(request.url).searchParams)
  return data(
    {
      title: `${t("account.guestOrders.acceptTitle")} · ${t("site.name")}`,
      name: displayName(customer),
      email: customer.email,
      tokens: tokens ?? [],
      linkComplete: tokens !== null,
    },
    // The tokens are secrets: never cached, never sent on to another site.
    { headers: { ...PRIVATE_HEADERS, "Referrer-Policy": "same-origin" } }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeOf(request)
  const { token } = await requireCustomer(request)
  const form = await request.formData()
  if (form.get("intent") === "request") {
    const requested = await claimGuestOrders(token)
    const back = safeRedirect(form.get("back"), localizePath("/tai-khoan", locale))
    const notice =
      requested === "unverified" ? "account.verification.first" : requested > 0 ? "account.guestOrders.sent" : "account.guestOrders.noneLeft"
    return redirect(back, { headers: { "Set-Cookie": await flashCookie(request, notice) } })
  }
  const tokens = claimTokens(form)
  if (!tokens) return data({ error: "invalid" as const }, { status: 400 })
  const accepted = await acceptGuestOrders(token, tokens)
  if (!accepted.ok) return data({ error: accepted.reason }, { status: 400 })
  return redirect(localizePath("/tai-khoan/don-hang", locale), {
    headers: { "Set-Cookie": await flashCookie(request, "account.guestOrders.added") },
  })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "same-origin" },
]

export default function ClaimGuestOrders() {
  const { name, email, tokens, linkComplete } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useAccountTranslation()
  const localize = useLocalizePath()
  const error = !linkComplete ? "invalid" : result?.error
  if (error) {
    return (
      <AccountShell name={name} title={t("account.guestOrders.acceptTitle")}>
        <Notice tone="error">
          {t(error === "expired" ? "account.guestOrders.expired" : error === "unverified" ? "account.verification.first" : "account.guestOrders.invalid")}
        </Notice>
        <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
          <Form method="post">
            <input type="hidden" name="intent" value="request" />
            <input type="hidden" name="back" value={localize("/tai-khoan/don-hang")} />
            <SubmitButton busy={navigation.state === "submitting"}>{t("account.guestOrders.again")}</SubmitButton>
          </Form>
          <LocaleLink to="/tai-khoan/don-hang" className="font-semibold text-ocop-800 underline underline-offset-4">
            {t("account.guestOrders.toOrders")}
          </LocaleLink>
        </div>
      </AccountShell>
    )
  }
  return (
    <AccountShell name={name} title={t("account.guestOrders.acceptTitle")}>
      <p className="text-stone-800">{t("account.guestOrders.acceptIntro", { count: tokens.length, email })}</p>
      <Form method="post" className="mt-4">
        <input type="hidden" name="intent" value="accept" />
        {tokens.map((token) => (
          <input key={token} type="hidden" name="token" value={token} />
        ))}
        <SubmitButton busy={navigation.state === "submitting"}>{t("account.guestOrders.accept")}</SubmitButton>
      </Form>
    </AccountShell>
  )
}
