import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { useVnd } from "~/components/Price"
import { StarBadge } from "~/components/StarBadge"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { listProducts, requireMember } from "~/features/portal/portal.server"
import { usePortalTranslation } from "~/features/portal/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import type { Stars } from "~/lib/store-api"

const PAGE_SIZE = 20

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const page = Math.max(1, Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1)
  const [t, list] = await Promise.all([translatorFor(localeOf(request)), listProducts(token, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })])
  return data(
    { title: `${t("portal.productList.title")} · ${t("portal.title")}`, me, products: list.products, page, pages: Math.max(1, Math.ceil(list.count / PAGE_SIZE)) },
    { headers: PRIVATE_HEADERS }
  )
}

export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalProducts() {
  const { me, products, page, pages } = useLoaderData<typeof loader>()
  const { t } = usePortalTranslation()
  const vnd = useVnd()
  return (
    <PortalShell me={me} title={t("portal.productList.title")}>
      <p className="mb-4">
        <LocaleLink to="/kenh-nguoi-ban/san-pham/moi" className="inline-flex min-h-11 items-center rounded-lg bg-ocop-800 px-4 font-semibold text-white">
          {t("portal.catalogue.newProduct")}
        </LocaleLink>
      </p>
      {products.length === 0 ? (
        <p className="text-stone-700">{t("portal.productList.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {products.map((product) => (
            <li key={product.id}>
              <article className="rounded-xl border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="min-w-0 break-words font-bold text-stone-900">{product.title}</h2>
                  {product.certification && product.certification.stars >= 3 ? <StarBadge stars={product.certification.stars as Stars} /> : null}
                </div>
                {(product.status === "draft" && !product.certification) || product.pending_changes?.length ? (
                  <p className="mt-1 flex flex-wrap gap-2 text-xs font-semibold">
                    {product.status === "draft" && !product.certification && (
                      <span className="rounded-full bg-amber-100 px-2 py-1 text-amber-900">{t("portal.catalogue.draftBadge")}</span>
                    )}
                    {product.pending_changes?.length ? <span className="rounded-full bg-sky-100 px-2 py-1 text-sky-900">{t("portal.catalogue.pendingBadge")}</span> : null}
                  </p>
                ) : null}
                <p className="mt-1 text-sm text-stone-700">
                  {product.certification
                    ? `${product.certification.certificate_no} · ${t(`portal.certificationStates.${product.certification.state}`)}`
                    : t("portal.productList.notCertified")}
                </p>
                <ul className="mt-2 space-y-1 text-sm">
                  {product.variants.map((variant) => (
                    <li key={variant.id} className="flex flex-wrap justify-between gap-x-3">
                      <span className="font-semibold text-stone-800">{variant.title}</span>
                      <span className="text-stone-800">
                        {variant.price !== null ? vnd(variant.price) : "—"} · {t("portal.productList.stock", { stocked: variant.stocked, reserved: variant.reserved })}
                      </span>
                    </li>
                  ))}
                </ul>
                <p className="mt-3">
                  <LocaleLink to={`/kenh-nguoi-ban/san-pham/${product.id}`} className="inline-flex min-h-11 items-center font-semibold text-ocop-800 underline underline-offset-4">
                    {t("portal.productList.edit")}
                  </LocaleLink>
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="mt-6 flex justify-between text-sm font-semibold">
          {page > 1 ? <LocaleLink to={`/kenh-nguoi-ban/san-pham?page=${page - 1}`}>{t("portal.productList.previous")}</LocaleLink> : <span />}
          {page < pages ? <LocaleLink to={`/kenh-nguoi-ban/san-pham?page=${page + 1}`}>{t("portal.productList.next")}</LocaleLink> : <span />}
        </nav>
      )}
    </PortalShell>
  )
}
