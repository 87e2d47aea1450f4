import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { addressFormAction, addressFormLoader, valuesOf } from "~/features/account/address-form.server"
import { AddressFormPage } from "~/features/account/AddressFormPage"
import { requireCustomer } from "~/features/account/customer.server"
import { loaderHeaders } from "~/lib/headers"
import { displayName } from "~/lib/names"

export async function loader({ request }: LoaderFunctionArgs) {
  const { customer } = await requireCustomer(request)
  return addressFormLoader(request, "account.addressBook.newTitle", valuesOf(null, customer), displayName(customer))
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
  return <AddressFormPage titleKey="account.addressBook.newTitle" />
}
