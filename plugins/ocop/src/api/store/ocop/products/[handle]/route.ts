import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  Modules,
  QueryContext,
} from "@medusajs/framework/utils"
import {
  inLocale,
  notFound,
  ocopService,
  requestLocale,
  sendCached,
  toProductCard,
  toSalesPoint,
} from "../../helpers"
import type { StoreOcopProductParamsType } from "../../validators"
import { openSalesPoints } from "../../../../../fairs/where-to-buy"

type VariantGraph = {
  id: string
  title: string | null
  metadata?: Record<string, unknown> | null
  sku: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  variant_rank?: number | null
  options?: ({ value: string; option?: { title: string } | null } | null)[] | null
  prices?: ({ amount: number | string; currency_code: string } | null)[] | null
  calculated_price?: { calculated_amount: number | string | null; currency_code: string } | null
}

/**
 * One certified product. Whether it may be shown is the read model's answer (the same query as the list, so the
 * rule lives in one place); Medusa's graph adds what a card lacks: description, images, variants with the
 * price Medusa would charge in the region, and stock in the storefront's sales channel.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreOcopProductParamsType>, res: MedusaResponse) {
  const ocop = ocopService(req)
  const now = new Date()
  const handle = req.params.handle
  const { rows } = await ocop.listCatalogue({ now, product_handles: [handle] }, { limit: 1, offset: 0 })
  const row = rows[0]
  if (!row) {
    throw notFound(
      `Không có sản phẩm OCOP "${handle}" đang được chứng nhận`,
      `no currently certified OCOP product "${handle}"`
    )
  }
  const locale = requestLocale(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  // The sales points do not depend on Medusa's graph: read them while it answers.
  const salesPointsWithCounts = row.sales_point_handles.length
    ? Promise.all([
        ocop.listSalesPoints({ handle: row.sales_point_handles, active: true }, { order: { name: "ASC" } }),
        ocop.countCatalogueBy("sales_point", now, row.sales_point_handles),
      ])
    : Promise.resolve([[], new Map<string, number>()] as const)
  const { regionId, salesChannelId } = await shoppingContext(req)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "description", "metadata",
      "images.id", "images.url", "images.rank",
      "variants.id", "variants.title", "variants.metadata", "variants.sku", "variants.manage_inventory", "variants.allow_backorder",
      "variants.variant_rank", "variants.options.value", "variants.options.option.title",
      "variants.prices.amount", "variants.prices.currency_code",
      "variants.calculated_price.calculated_amount", "variants.calculated_price.currency_code",
    ],
    filters: { id: row.product_id },
    context: {
      variants: { calculated_price: QueryContext({ currency_code: "vnd", ...(regionId ? { region_id: regionId } : {}) }) },
    },
  })
  const product = data[0] as any
  if (!product) throw notFound(`Không có sản phẩm "${handle}"`, `no product "${handle}"`)

  // Medusa leaves variant_rank at 0 unless someone orders variants by hand; cheapest first then, as the card's "from".
  const variants = ((product.variants ?? []) as (VariantGraph | null)[])
    .filter((variant): variant is VariantGraph => !!variant)
    .sort(
      (a, b) =>
        (a.variant_rank ?? 0) - (b.variant_rank ?? 0) ||
        (vndAmount(a) ?? Infinity) - (vndAmount(b) ?? Infinity) ||
        (a.title ?? "").localeCompare(b.title ?? "", "vi")
    )
  const availability =
    salesChannelId && variants.some((v) => v.manage_inventory)
      ? await getVariantAvailability(query, {
          variant_ids: variants.filter((v) => v.manage_inventory).map((v) => v.id),
          sales_channel_id: salesChannelId,
        })
      : {}

  const [allSalesPoints, counts] = await salesPointsWithCounts
  // A fair's booth is a place to buy only during the fair's days; it then says which booth shows the product.
  const { points: salesPoints, fairs } = await openSalesPoints(req.scope, allSalesPoints, now, row.product_id)
  const metadata = (product.metadata ?? {}) as Record<string, unknown>

  sendCached(res, {
    product: {
      ...toProductCard(row, locale),
      description: inLocale(locale, product.description ?? null, metadata.description_en as string | undefined),
      images: ((product.images ?? []) as ({ id: string; url: string; rank?: number } | null)[])
        .filter((image): image is { id: string; url: string; rank?: number } => !!image)
        .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
        .map((image) => ({ id: image.id, url: image.url })),
      variants: variants.map((variant) => ({
        id: variant.id,
        // Pack sizes have their English name beside the Vietnamese one, as product titles do.
        title: inLocale(locale, variant.title ?? "", variant.metadata?.title_en as string | undefined),
        sku: variant.sku,
        options: Object.fromEntries(
          (variant.options ?? [])
            .filter((option): option is { value: string; option: { title: string } } => !!option?.option)
            .map((option) => [option.option.title, option.value])
        ),
        price: { amount: vndAmount(variant), currency_code: "vnd" },
        in_stock:
          !variant.manage_inventory ||
          variant.allow_backorder ||
          Number(availability[variant.id]?.availability ?? 0) > 0,
        // How many a shopper can buy now ("Còn 3"); null when the shop does not count it (no limit).
        available:
          variant.manage_inventory && !variant.allow_backorder ? Math.max(0, Number(availability[variant.id]?.availability ?? 0)) : null,
      })),
      sales_points: salesPoints.map((point) => {
        const fair = fairs.get(point.id)
        return {
          ...toSalesPoint(point, counts.get(point.handle) ?? 0, locale),
          fair: fair ? { handle: fair.handle, name: inLocale(locale, fair.name, fair.name_en), first_day: fair.first_day, last_day: fair.last_day, booth: fair.booth } : null,
        }
      }),
    },
  })
}

/** What Medusa would charge in VND (price lists included); the plain VND price when no calculation applies. */
function vndAmount(variant: VariantGraph): number | null {
  const calculated = variant.calculated_price
  if (calculated?.calculated_amount != null && calculated.currency_code?.toLowerCase() === "vnd") {
    return Number(calculated.calculated_amount)
  }
  const plain = (variant.prices ?? []).filter((p) => p?.currency_code === "vnd").map((p) => Number(p!.amount))
  return plain.length ? Math.min(...plain) : null
}

/**
 * Prices come from the region asked for (already checked to sell in VND), else the store's default region. Stock
 * is counted at the locations of the sales channel the shopper buys through: the publishable key's, when it
 * names exactly one, else the store's default channel, which is the storefront's. The store is read only when
 * the request does not settle both.
 */
async function shoppingContext(req: MedusaStoreRequest<unknown, StoreOcopProductParamsType>) {
  const keyChannels = req.publishable_key_context?.sales_channel_ids ?? []
  let regionId = req.validatedQuery.region_id
  let salesChannelId = keyChannels.length === 1 ? keyChannels[0] : undefined
  if (!regionId || !salesChannelId) {
    const stores = req.scope.resolve(Modules.STORE)
    const [store] = await stores.listStores({}, { select: ["default_region_id", "default_sales_channel_id"], take: 1 })
    regionId ??= store?.default_region_id ?? undefined
    salesChannelId ??= store?.default_sales_channel_id ?? undefined
  }
  return { regionId, salesChannelId }
}
