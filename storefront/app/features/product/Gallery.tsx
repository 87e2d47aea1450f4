import { useState } from "react"
import { ProductImage } from "~/components/ProductImage"
import { useProductTranslation } from "~/features/product/strings"

/**
 * The product's pictures: the first one large (the page's largest paint, so not lazy), the others as thumbnails.
 * Without JavaScript a thumbnail opens the picture itself; with it, the thumbnail swaps the large one.
 */
export function Gallery({
  title,
  images,
  fallback,
}: {
  title: string
  images: { id: string; url: string }[]
  fallback: string | null
}) {
  const { t } = useProductTranslation()
  const pictures = images.length ? images : fallback ? [{ id: "thumbnail", url: fallback }] : []
  const [active, setActive] = useState(0)
  const current = pictures[active]
  return (
    <section aria-label={t("product.gallery")}>
      <ProductImage
        src={current?.url ?? null}
        size={640}
        eager
        alt={t("product.imageAlt", { title, number: active + 1 })}
        className="rounded-xl border border-stone-200"
      />
      {pictures.length > 1 && (
        <ul className="mt-2 flex gap-2 overflow-x-auto">
          {pictures.map((picture, index) => (
            <li key={picture.id} className="w-16 shrink-0 sm:w-20">
              <a
                href={picture.url}
                aria-label={t("product.showImage", { number: index + 1 })}
                aria-current={index === active ? "true" : undefined}
                onClick={(event) => {
                  event.preventDefault()
                  setActive(index)
                }}
                className={`block overflow-hidden rounded-lg border-2 ${
                  index === active ? "border-ocop-800" : "border-transparent"
                }`}
              >
                <ProductImage src={picture.url} size={80} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
