import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SyncStorefrontChannelInput = { on_sale: string[]; off_sale: string[] }

/**
 * Puts products that may be sold into the storefront's sales channel and takes the rest out, so Medusa's own
 * product and cart routes refuse what is not certified without code of ours. The storefront's channel is the
 * store's default sales channel. Undo restores each product's previous membership.
 */
export const syncStorefrontChannelStep = createStep(
  "ocop-sync-storefront-channel",
  async (input: SyncStorefrontChannelInput, { container }): Promise<StepResponse<{ added: string[]; removed: string[] }, { salesChannelId: string; add: string[]; remove: string[] }>> => {
    const salesChannelId = await storefrontChannelId(container)
    const touched = [...input.on_sale, ...input.off_sale]
    if (!salesChannelId || !touched.length) {
      return new StepResponse({ added: [] as string[], removed: [] as string[] }, { salesChannelId: "", add: [], remove: [] })
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: memberships } = await query.graph({
      entity: "product_sales_channel",
      fields: ["product_id"],
      filters: { product_id: touched, sales_channel_id: salesChannelId },
    })
    const members = new Set(memberships.map((m: any) => m.product_id as string))
    const add = input.on_sale.filter((id) => !members.has(id))
    const remove = input.off_sale.filter((id) => members.has(id))
    await changeMembership(container, salesChannelId, add, remove)
    return new StepResponse({ added: add, removed: remove }, { salesChannelId, add, remove })
  },
  async (undo, { container }) => {
    if (!undo?.salesChannelId) return
    await changeMembership(container, undo.salesChannelId, undo.remove, undo.add)
  }
)

async function storefrontChannelId(container: any): Promise<string | undefined> {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { select: ["default_sales_channel_id"], take: 1 })
  return store?.default_sales_channel_id ?? undefined
}

async function changeMembership(container: any, salesChannelId: string, add: string[], remove: string[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const pair = (productId: string) => ({
    [Modules.PRODUCT]: { product_id: productId },
    [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
  })
  if (add.length) await link.create(add.map(pair))
  if (remove.length) await link.dismiss(remove.map(pair))
}
