import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { PageLinks } from "~/components/PageLinks"
import { AccountShell } from "~/features/account/AccountShell"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { listFavourites, removeFavourite, requireCustomer } from "~/features/account/customer.server"
import { useAccountTranslation } from "~/features/account/strings"
import { ProductCard } from "~/features/catalogue/ProductCard"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { toCardData } from "~/lib/card-data"
import { loaderHeaders } from "~/lib/headers"
import { displayName } from "~/lib/names"
import { flashCookie, takeFlash } from "~/lib/session.server"

const PAGE_SIZE = 24

/** The products the customer keeps, newest first; those no longer on sale wait off the list until they are again. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, customer } = await requireCustomer(request)
  const locale = localeOf(request)
  const page = Math.max(1, Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1)
  const [t, { products, count }, flash] = await Promise.all([
    translatorFor(locale),
    listFavourites(token, locale, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    takeFlash(request),
  ])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    {
      title: `${t("account.favouriteList.title")} · ${t("site.name")}`,
      name: displayName(customer),
      notice: flash.notice,
      products: products.map(toCardData),
      page,
      pages: Math.max(1, Math.ceil(count / PAGE_SIZE)),
    },
    { headers }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireCustomer(request)
  const form = await request.formData()
  const handle = form.get("handle")
  if (form.get("intent") !== "remove" || typeof handle !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(handle) || handle.length > 200) {
    throw new Response(null, { status: 400, statusText: "Bad Request" })
  }
  await removeFavourite(token, handle)
  const url = new URL(request.url)
  return redirect(url.pathname + url.search, { headers: { "Set-Cookie": await flashCookie(request, "account.favouriteList.removed") } })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function Favourites() {
  const { name, notice, products, page, pages } = useLoaderData<typeof loader>()
  const { t } = useAccountTranslation()
  return (
    <AccountShell name={name} title={t("account.favouriteList.title")} notice={notice ? t(notice) : null}>
      {products.length === 0 ? (
        <div className="space-y-4">
          <p className="text-stone-700">{t("account.favouriteList.empty")}</p>
          <LocaleLink
            to="/san-pham"
            className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
          >
            {t("errors.browse")}
          </LocaleLink>
        </div>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4">
          {products.map((product) => (
            <li key={product.id} className="flex flex-col gap-2">
              <ProductCard product={product} />
              <Form method="post" preventScrollReset>
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="handle" value={product.handle} />
                <button
                  type="submit"
                  aria-label={t("account.favouriteList.remove", { title: product.title })}
                  className="h-11 w-full rounded-lg border border-stone-300 bg-white text-sm font-semibold text-stone-800 hover:border-label-red"
                >
                  {t("account.favouriteList.removeShort")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <PageLinks path="/tai-khoan/yeu-thich" page={page} pages={pages} />
    </AccountShell>
  )
}
