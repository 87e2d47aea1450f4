import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { AccountShell } from "~/features/account/AccountShell"
import { requireCustomer } from "~/features/account/customer.server"
import { cancelPurchaseAction } from "~/features/order/cancel-purchase.server"
import { loadOrder } from "~/features/order/order.server"
import { OrderView } from "~/features/order/OrderView"
import { useOrderTranslation } from "~/features/order/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { displayName } from "~/lib/names"

/**
 * One of the customer's orders, in the same view as the confirmation, inside her account. It opens with her
 * login as its proof: another customer's order, or an id that is no order, is the 404 page (the backend tells a
 * stranger the number and status only; here that is not hers either).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, customer } = await requireCustomer(request)
  const locale = localeOf(request)
  const [t, loaded] = await Promise.all([translatorFor(locale), loadOrder(params.id ?? "", locale, { customerToken: token })])
  if (loaded?.kind !== "order") throw new Response(null, { status: 404, statusText: "Not Found", headers: PRIVATE_HEADERS })
  return data(
    {
      title: `${t("order.title", { number: loaded.order.display_id })} · ${t("site.name")}`,
      name: displayName(customer),
      order: loaded.order,
    },
    { headers: PRIVATE_HEADERS }
  )
}

/** She cancels the purchase with her login as the proof. */
export async function action(args: ActionFunctionArgs) {
  const { token } = await requireCustomer(args.request)
  return cancelPurchaseAction(args, { customerToken: token })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function OrderPage() {
  const { name, order } = useLoaderData<typeof loader>()
  const { t } = useOrderTranslation()
  return (
    <AccountShell name={name} title={t("order.title", { number: order.display_id })}>
      <p className="-mt-2 mb-4">
        <LocaleLink to="/tai-khoan/don-hang" className="text-sm font-semibold text-ocop-800 underline underline-offset-4">
          ← {t("order.backToList")}
        </LocaleLink>
      </p>
      <OrderView order={order} />
    </AccountShell>
  )
}
