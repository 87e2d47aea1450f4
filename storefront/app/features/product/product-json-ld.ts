import { isoDateInVietnam } from "~/lib/format"
import type { ProductDetail } from "~/lib/store-api"

/**
 * schema.org Product for search engines: offers in VND per variant, the producer as brand and manufacturer, the
 * OCOP rating as an award. Not as `aggregateRating`: the stars are a programme's certification, not reviews;
 * `aggregateRating` is the buyers' published reviews, given only once there is one (Google refuses a count of 0).
 */
export function productJsonLd(product: ProductDetail, url: string, award: string) {
  const prices = product.variants.map((variant) => variant.price.amount)
  const images = product.images.length
    ? product.images.map((image) => image.url)
    : product.thumbnail
    ? [product.thumbnail]
    : []
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? product.subtitle ?? undefined,
    url,
    image: images.length ? images : undefined,
    sku: product.variants[0]?.sku ?? undefined,
    ...(product.producer && {
      brand: { "@type": "Brand", name: product.producer.name },
      manufacturer: {
        "@type": "Organization",
        name: product.producer.name,
        address: product.producer.address_as_certified,
      },
    }),
    award,
    ...(product.rating.count > 0 &&
      product.rating.average != null && {
        aggregateRating: {
          "@type": "AggregateRating",
          ratingValue: product.rating.average,
          reviewCount: product.rating.count,
          bestRating: 5,
          worstRating: 1,
        },
      }),
    offers: {
      "@type": "AggregateOffer",
      priceCurrency: "VND",
      lowPrice: Math.min(...prices, product.price.amount),
      highPrice: Math.max(...prices, product.price.amount),
      offerCount: product.variants.length,
      priceValidUntil: isoDateInVietnam(product.ocop.expires_at),
      offers: product.variants.map((variant) => ({
        "@type": "Offer",
        name: variant.title,
        sku: variant.sku ?? undefined,
        price: variant.price.amount,
        priceCurrency: "VND",
        availability: variant.in_stock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
        url,
      })),
    },
  }
}
