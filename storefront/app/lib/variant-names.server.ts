/**
 * Cart and order lines named in the page's language. Medusa copies the Vietnamese names onto a line when it is
 * added; the plugin names each variant in either language (`GET /store/ocop/variants`, decision 032), through the
 * same short cache as every Store API read. Vietnamese pages show the lines as they are. If the names cannot be
 * read, the lines keep the names they have: a cart in the other language beats no cart.
 */
import type { Locale } from "~/i18n/config"
import { storeGet } from "./medusa.server"

type Named = { variant_id?: string | null; product_title?: string | null; variant_title?: string | null }

export async function namedIn<T extends Named>(locale: Locale, items: T[]): Promise<T[]> {
  const ids = [...new Set(items.map((item) => item.variant_id).filter((id): id is string => !!id))].sort()
  if (locale === "vi" || !ids.length) return items
  try {
    const names = new Map<string, { title: string; product_title: string }>()
    // The route takes at most 100 ids at a time.
    for (let start = 0; start < ids.length; start += 100) {
      const { variants } = await storeGet<{ variants: { id: string; title: string; product_title: string }[] }>("/store/ocop/variants", {
        id: ids.slice(start, start + 100).join(","),
        locale,
      })
      for (const variant of variants) names.set(variant.id, variant)
    }
    return items.map((item) => {
      const named = item.variant_id ? names.get(item.variant_id) : undefined
      return named ? { ...item, product_title: named.product_title, variant_title: named.title || item.variant_title } : item
    })
  } catch (error) {
    console.warn("Could not name the lines in English:", (error as Error).message)
    return items
  }
}
