import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { useActionData, useLoaderData } from "@remix-run/react"
import { AccountShell } from "~/features/account/AccountShell"
import { AddressForm } from "~/features/account/AddressForm"
import { addressFormAction, addressFormLoader, valuesOf } from "~/features/account/address-form.server"
import { requireCustomer } from "~/features/account/customer.server"
import { joinFullName } from "~/features/account/schemas"
import { useLocalizePath } from "~/i18n/use-locale"
import { loaderHeaders } from "~/lib/headers"
import { useAccountTranslation } from "~/features/account/strings"

export async function loader({ request }: LoaderFunctionArgs) {
  const { customer } = await requireCustomer(request)
  return addressFormLoader(request, "account.addressBook.newTitle", valuesOf(null, customer), joinFullName(customer) || customer.email)
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireCustomer(request)
  return addressFormAction(request, token)
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
]

export default function NewAddress() {
  const loaded = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useAccountTranslation()
  const localize = useLocalizePath()
  return (
    <AccountShell name={loaded.name} title={t("account.addressBook.newTitle")}>
      <AddressForm
        provinces={loaded.provinces}
        wards={result?.wards ?? loaded.wards}
        values={result?.values ?? loaded.values}
        errors={result?.errors}
        cancelTo={localize("/tai-khoan/dia-chi")}
      />
    </AccountShell>
  )
}
