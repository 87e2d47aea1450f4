import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { addressFormAction, addressFormLoader, valuesOf } from "~/features/account/address-form.server"
import { AddressFormPage } from "~/features/account/AddressFormPage"
import { requireCustomer } from "~/features/account/customer.server"
import { loaderHeaders } from "~/lib/headers"
import { displayName } from "~/lib/names"

/** Only an address of the logged-in customer's own book can be edited; any other id is the 404 page. */
async function ownAddress(request: Request, id: string | undefined) {
  const { token, customer } = await requireCustomer(request)
  const address = customer.addresses.find((candidate) => candidate.id === id)
  if (!address) throw new Response(null, { status: 404, statusText: "Not Found" })
  return { token, customer, address }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { customer, address } = await ownAddress(request, params.id)
  return addressFormLoader(request, "account.addressBook.editTitle", valuesOf(address, customer), displayName(customer))
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, address } = await ownAddress(request, params.id)
  return addressFormAction(request, token, address.id)
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
]

export default function EditAddress() {
  return <AddressFormPage titleKey="account.addressBook.editTitle" />
}
