import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Await, useLoaderData } from "@remix-run/react"
import { Suspense } from "react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { WholesaleEnquiry } from "~/features/product/WholesaleEnquiry"
import { LocaleLink } from "~/components/LocaleLink"
import { StarBadge } from "~/components/StarBadge"
import { addFavourite, removeFavourite } from "~/features/account/customer.server"
import { redirectToCart, viaFetcher } from "~/features/cart/cart-action.server"
import { addProductToCart } from "~/features/cart/cart.server"
import { ProductGrid } from "~/features/catalogue/ProductCard"
import { AddToCart, type AddToCartResult } from "~/features/product/AddToCart"
import { CertificationCard } from "~/features/product/CertificationCard"
import { DeliveryEstimate } from "~/features/product/DeliveryEstimate"
import { FavouriteButton, type FavouriteResult } from "~/features/product/FavouriteButton"
import { Gallery } from "~/features/product/Gallery"
import { ProducerCard } from "~/features/product/ProducerCard"
import { RecentlyViewed } from "~/features/product/RecentlyViewed"
import { ShareButton } from "~/features/product/ShareButton"
import { WhereToBuy } from "~/features/product/WhereToBuy"
import { productJsonLd } from "~/features/product/product-json-ld"
import { loadProductPage } from "~/features/product/product.server"
import { renderReviewsSection } from "~/features/reviews/reviews-html.server"
import { loadReviews, reviewPageOf } from "~/features/reviews/reviews.server"
import { RatingStars } from "~/components/RatingStars"
import { deferUnlessReady } from "~/lib/defer"
import { formatRating } from "~/lib/format"
import { useLocale } from "~/i18n/use-locale"
import { useProductTranslation } from "~/features/product/strings"
import { goneInstead } from "~/features/verify/gone.server"
import { LazyVerifyErrorBoundary } from "~/features/verify/VerifyErrorLazy"
import { ErrorPage } from "~/layout/ErrorPage"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseCartForm } from "~/lib/cart-form"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { countScan, referralHeaders, referralInUrl, referralOf, rememberReferral } from "~/lib/fair-referral.server"
import { isNotFound } from "~/lib/medusa.server"
import { getFair } from "~/lib/store-api.server"
import type { Locale } from "~/i18n/config"
import { customerToken, redirectToLogin } from "~/lib/session.server"
import { seoMeta, summarize } from "~/lib/seo"
import type { SectionsHandle } from "~/i18n/sections"

/** The product page's words that come in its language only (i18n/sections.ts), fetched before it hydrates. */
export const handle: SectionsHandle = { i18nSections: ["product", "enquiry"] }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [page, t] = await Promise.all([
    // A product whose certificate was revoked or expired answers 410 with the reason, not a bare 404.
    loadProductPage(locale, params.handle ?? "", new URL(request.url)).catch((error) => goneInstead(error, request, locale, params.handle ?? "")),
    translatorFor(locale),
  ])
  const { product } = page
  // Below the fold: streamed when not ready with the rest; a failure leaves the section out, not the page. It
  // comes as HTML: nothing in it reacts to the shopper, so its code stays on the server.
  const reviewsHtml = loadReviews(product.handle, reviewPageOf(request))
    .then((list) => (list ? renderReviewsSection(locale, { handle: product.handle, list, producerName: product.producer?.name ?? null }) : null))
    .catch(() => null)
  const reviews = (await deferUnlessReady(reviewsHtml)).data
  const origin = publicOrigin(request)
  const path = `/san-pham/${product.handle}`
  const award = `${t("stars.label", { stars: product.ocop.stars })} (${product.ocop.certificate_no})`
  const { referral, setCookie, scanned } = await fairReferralOf(request, locale, product.handle)
  return data(
    {
      ...page,
      reviews,
      referral,
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
    { headers: scanned ? referralHeaders(setCookie) : pageHeaders(request) }
  )
}

/**
 * The fair and booth this visit came from, when that booth shows this product at a fair running now: from the
 * product's QR code (`?hoi-cho=&gian=`, counted as a scan and kept in the referral cookie) or from the cookie
 * an earlier scan set. Anything else (a booth that does not show it, a fair not on) names no booth.
 */
async function fairReferralOf(request: Request, locale: Locale, handle: string) {
  const inUrl = referralInUrl(new URL(request.url))
  const wanted = inUrl ?? (await referralOf(request))
  const none = { referral: null, setCookie: null, scanned: false }
  if (!wanted) return none
  const fair = await getFair(locale, wanted.fair).catch(() => null)
  const booth = fair?.booths.find((b) => b.number === wanted.booth && b.products.some((p) => p.handle === handle))
  if (!fair || !booth) return none
  if (inUrl) countScan(request, fair.handle, booth.number, handle)
  const setCookie = inUrl ? await rememberReferral(fair, booth.number) : null
  const referral = fair.phase === "current" ? { fair: fair.handle, name: fair.name, booth: booth.number } : null
  return { referral, setCookie, scanned: !!inUrl }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData()
  const intent = form.get("intent")
  if (intent === "favourite" || intent === "unfavourite") return keepAsFavourite(request, params.handle ?? "", intent, viaFetcher(form))
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

/**
 * The heart button: keeps the product on the customer's account or takes it off. A visitor logs in first and
 * comes back here; without JavaScript the page is shown again.
 */
async function keepAsFavourite(request: Request, handle: string, intent: "favourite" | "unfavourite", fetched: boolean) {
  const token = await customerToken(request)
  if (!token) return redirectToLogin(request)
  const kept = intent === "favourite" ? await addFavourite(token, handle) : (await removeFavourite(token, handle), false)
  if (!fetched) return redirect(localizePath(`/san-pham/${handle}`, localeOf(request)), 303)
  return data<FavouriteResult>({ kept }, { headers: { "Cache-Control": "private, no-store" } })
}

export const headers = loaderHeaders
export function ErrorBoundary() {
  return <LazyVerifyErrorBoundary fallback={(status) => <ErrorPage status={status} />} />
}
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function ProductPage() {
  const { product, groupName, producer, reviews, referral, related, delivery } = useLoaderData<typeof loader>()
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
          <div className="flex flex-wrap items-start gap-3">
            <FavouriteButton handle={product.handle} />
            <ShareButton title={product.title} text={t("product.shareText", { title: product.title, stars: product.ocop.stars })} />
          </div>
          {delivery && <DeliveryEstimate estimate={delivery} />}
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
          {(html) => (html ? <div dangerouslySetInnerHTML={{ __html: html }} /> : null)}
        </Await>
      </Suspense>
      <WholesaleEnquiry product={product} referral={referral} />
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
      <Suspense fallback={null}>
        <Await resolve={related} errorElement={null}>
          {(products) =>
            products.length ? (
              <section aria-labelledby="related-heading">
                <h2 id="related-heading" className="mb-3 text-xl font-bold text-stone-900">
                  {t("product.relatedHeading")}
                </h2>
                <ProductGrid products={products} />
              </section>
            ) : null
          }
        </Await>
      </Suspense>
      <RecentlyViewed handle={product.handle} locale={locale}>
        {(products) => (
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading" className="mb-3 text-xl font-bold text-stone-900">
              {t("product.recentlyViewed")}
            </h2>
            <ProductGrid products={products} />
          </section>
        )}
      </RecentlyViewed>
    </div>
  )
}
