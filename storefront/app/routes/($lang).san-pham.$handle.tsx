import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Await, useLoaderData } from "@remix-run/react"
import { Suspense } from "react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { EnquiryForm, useEnquiryTranslation } from "~/components/EnquiryForm"
import { LocaleLink } from "~/components/LocaleLink"
import { StarBadge } from "~/components/StarBadge"
import { redirectToCart, viaFetcher } from "~/features/cart/cart-action.server"
import { addProductToCart } from "~/features/cart/cart.server"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { AddToCart, type AddToCartResult } from "~/features/product/AddToCart"
import { CertificationCard } from "~/features/product/CertificationCard"
import { Gallery } from "~/features/product/Gallery"
import { ProducerCard } from "~/features/product/ProducerCard"
import { WhereToBuy } from "~/features/product/WhereToBuy"
import { productJsonLd } from "~/features/product/product-json-ld"
import { loadProductPage } from "~/features/product/product.server"
import { ReviewsSection } from "~/features/reviews/ReviewsSection"
import { loadReviews, reviewPageOf } from "~/features/reviews/reviews.server"
import { RatingStars } from "~/components/RatingStars"
import { deferUnlessReady } from "~/lib/defer"
import { formatRating } from "~/lib/format"
import { useLocale } from "~/i18n/use-locale"
import { useProductTranslation } from "~/features/product/strings"
import { goneInstead } from "~/features/verify/gone.server"
import { VerifyErrorBoundary } from "~/features/verify/VerifyError"
import { ErrorPage } from "~/layout/ErrorPage"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseCartForm } from "~/lib/cart-form"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { isNotFound } from "~/lib/medusa.server"
import { seoMeta, summarize } from "~/lib/seo"

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [page, t] = await Promise.all([
    // A product whose certificate was revoked or expired answers 410 with the reason, not a bare 404.
    loadProductPage(locale, params.handle ?? "").catch((error) => goneInstead(error, request, locale, params.handle ?? "")),
    translatorFor(locale),
  ])
  const { product } = page
  // Below the fold: streamed when not ready with the rest; a failure leaves the section out, not the page.
  const reviews = (await deferUnlessReady(loadReviews(product.handle, reviewPageOf(request)).catch(() => null))).data
  const origin = publicOrigin(request)
  const path = `/san-pham/${product.handle}`
  const award = `${t("stars.label", { stars: product.ocop.stars })} (${product.ocop.certificate_no})`
  return data(
    {
      ...page,
      reviews,
      seo: {
        title: `${product.title} · ${t("stars.label", { stars: product.ocop.stars })} · ${t("site.name")}`,
        description:
          summarize([product.subtitle, product.description].filter(Boolean).join(". ")) || t("site.description"),
        path,
        locale,
        origin,
        image: product.thumbnail,
        type: "product" as const,
        jsonLd: productJsonLd(product, `${origin}${localizePath(path, locale)}`, award),
      },
    },
    { headers: pageHeaders(request) }
  )
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData()
  // The product is the page's: a posted handle would not change it.
  form.set("handle", params.handle ?? "")
  const parsed = parseCartForm(form)
  if (!parsed.success || parsed.data.intent !== "add") {
    return data<AddToCartResult>({ ok: false, error: "variant" }, { status: 400 })
  }
  try {
    // Only a variant of this product, while it is certified and in stock: the product may have lapsed meanwhile.
    const outcome = await addProductToCart(request, localeOf(request), params.handle ?? "", parsed.data.variant_id, parsed.data.quantity)
    if (!outcome.ok) {
      const available = outcome.error === "stock" ? outcome.available : undefined
      return data<AddToCartResult>({ ok: false, error: outcome.error, available }, { status: 400 })
    }
    if (!viaFetcher(form)) return redirectToCart(localeOf(request), outcome.setCookie)
    return data<AddToCartResult>({ ok: true }, { headers: { "Set-Cookie": outcome.setCookie } })
  } catch (error) {
    if (isNotFound(error)) return data<AddToCartResult>({ ok: false, error: "variant" }, { status: 400 })
    console.error("Adding to the cart failed:", error)
    return data<AddToCartResult>({ ok: false, error: "cart" }, { status: 502 })
  }
}

export const headers = loaderHeaders
export function ErrorBoundary() {
  return <VerifyErrorBoundary fallback={(status) => <ErrorPage status={status} />} />
}
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

/**
 * "Buy in quantity": every product page takes a buyer's enquiry for its producer; during a fair where the
 * product is shown, it names the booth, and the enquiry counts for that booth.
 */
function WholesaleEnquiry({ product }: { product: ReturnType<typeof useLoaderData<typeof loader>>["product"] }) {
  // The form's words are added before the intro uses them, in the browser as on the server.
  const { t } = useEnquiryTranslation()
  if (!product.producer) return null
  const atFair = product.sales_points.find((point) => point.fair?.booth)?.fair ?? null
  return (
    <div className="max-w-2xl">
      <EnquiryForm
        context={{ product: product.handle, source: "product_page", ...(atFair ? { fair: atFair.handle, booth: atFair.booth!.number } : {}) }}
        intro={
          <>
            <p>{t("enquiry.wholesale")}</p>
            {atFair && <p className="mt-1 font-semibold text-ocop-900">{t("enquiry.atBooth", { booth: atFair.booth!.number, fair: atFair.name })}</p>}
          </>
        }
      />
    </div>
  )
}

export default function ProductPage() {
  const { product, groupName, producer, reviews } = useLoaderData<typeof loader>()
  const { t } = useProductTranslation()
  const locale = useLocale()
  const average = product.rating.count > 0 && product.rating.average != null ? formatRating(product.rating.average, locale) : null
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-4 sm:py-6">
      <Breadcrumbs
        items={[
          { to: "/", label: t("site.home") },
          { to: "/san-pham", label: t("nav.products") },
          { label: product.title },
        ]}
      />
      <div className="grid gap-6 md:grid-cols-2 md:gap-10">
        <Gallery title={product.title} images={product.images} fallback={product.thumbnail} />
        <div className="space-y-5">
          <div>
            <StarBadge stars={product.ocop.stars} />
            <h1 className="mt-2 text-2xl font-bold leading-tight text-stone-900 sm:text-3xl">{product.title}</h1>
            {product.subtitle && <p className="mt-1 text-stone-700">{product.subtitle}</p>}
            {average && (
              <p className="mt-2 flex items-center gap-1.5 text-sm">
                <RatingStars rating={product.rating.average!} label={t("rating.label", { average, count: product.rating.count })} />
                <a href="#danh-gia" className="font-semibold text-ocop-800 underline underline-offset-4">
                  <span aria-hidden="true">{t("rating.short", { average, count: product.rating.count })}</span>
                  <span className="sr-only">{t("rating.label", { average, count: product.rating.count })}</span>
                </a>
              </p>
            )}
            {product.producer && (
              <p className="mt-2 text-sm">
                <LocaleLink
                  to={`/chu-the/${product.producer.handle}`}
                  className="font-semibold text-ocop-800 underline underline-offset-4"
                >
                  {product.producer.name}
                </LocaleLink>
              </p>
            )}
          </div>
          <AddToCart variants={product.variants} />
          <CertificationCard ocop={product.ocop} groupName={groupName} />
        </div>
      </div>
      {product.description && (
        <section aria-labelledby="description-heading" className="max-w-3xl">
          <h2 id="description-heading" className="text-xl font-bold text-stone-900">
            {t("product.description")}
          </h2>
          <p className="mt-2 whitespace-pre-line leading-relaxed text-stone-800">{product.description}</p>
        </section>
      )}
      {product.producer && <ProducerCard producer={product.producer} details={producer} />}
      <WhereToBuy salesPoints={product.sales_points} />
      <Suspense fallback={null}>
        <Await resolve={reviews} errorElement={null}>
          {(list) => (list ? <ReviewsSection handle={product.handle} list={list} producerName={product.producer?.name ?? null} /> : null)}
        </Await>
      </Suspense>
      <WholesaleEnquiry product={product} />
      <Suspense fallback={null}>
        <Await resolve={producer} errorElement={null}>
          {(full) => {
            const others = full?.products.filter((other) => other.handle !== product.handle) ?? []
            return full && others.length ? (
              <section aria-labelledby="more-heading">
                <h2 id="more-heading" className="mb-3 text-xl font-bold text-stone-900">
                  {t("product.moreFromProducer", { name: full.name })}
                </h2>
                <ProductGrid products={others.slice(0, 4)} />
              </section>
            ) : null
          }}
        </Await>
      </Suspense>
    </div>
  )
}
