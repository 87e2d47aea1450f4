/**
 * The commerce frame every OCOP product sits in: a store selling in VND, the Vietnam region, the storefront
 * sales channel with its publishable key, a warehouse in Buôn Ma Thuột with its shipping fulfillment set, and the
 * ways to pay.
 * Each `ensure…` looks the record up by its natural key first, so a second run adds nothing.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  updateTaxRegionsWorkflow,
  updateRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { MIN_SHOWABLE_STARS } from "@ocop/medusa-plugin-ocop/rules"

type Container = ExecArgs["container"]

export const STOREFRONT_CHANNEL_NAME = "Chợ OCOP Đắk Lắk (storefront)"
export const WAREHOUSE_NAME = "Kho Buôn Ma Thuột"
export const PUBLISHABLE_KEY_TITLE = "OCOP storefront"
/** Medusa's manual fulfillment provider (`manual` provider, `manual` id): delivery and pickup are arranged by hand. */
export const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"

export type CommerceFrame = {
  regionId: string
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

export async function ensureCommerceFrame(container: Container): Promise<CommerceFrame> {
  const salesChannelId = await ensureSalesChannel(container)
  await ensureStore(container, salesChannelId)
  const regionId = await ensureRegion(container)
  const stockLocationId = await ensureStockLocation(container, salesChannelId)
  const shippingProfileId = await ensureShipping(container, stockLocationId)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  return { regionId, salesChannelId, stockLocationId, shippingProfileId, publishableKey }
}

async function ensureSalesChannel(container: Container) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: STOREFRONT_CHANNEL_NAME })
  if (existing) return existing.id
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        {
          name: STOREFRONT_CHANNEL_NAME,
          description: `Only products with a valid OCOP certificate of ${MIN_SHOWABLE_STARS} stars or more belong here.`,
        },
      ],
    },
  })
  return result[0].id
}

async function ensureStore(container: Container, salesChannelId: string) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { relations: ["supported_currencies"] })
  const sellsVnd = store.supported_currencies?.some((c) => c.currency_code === "vnd" && c.is_default)
  if (sellsVnd && store.default_sales_channel_id === salesChannelId) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Chợ OCOP Đắk Lắk",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
}

/**
 * The ways to pay, in the order the checkout offers them: cash on delivery (Medusa's system provider), bank
 * transfer by VietQR (the plugin's provider) and, when the backend is configured with STRIPE_API_KEY, cards.
 */
const PAYMENT_PROVIDERS = ["pp_system_default", "pp_bank-transfer_vietqr", "pp_stripe_stripe"]

async function ensureRegion(container: Container) {
  await ensureTaxRegion(container)
  const regions = container.resolve(Modules.REGION)
  const [existing] = await regions.listRegions({ currency_code: "vnd" })
  if (existing) {
    await ensureRegionPayments(container, existing.id)
    return existing.id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Việt Nam",
          currency_code: "vnd",
          countries: ["vn"],
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
          // Prices of OCOP products are quoted VAT-inclusive, as shoppers in Vietnam expect.
          is_tax_inclusive: true,
        },
      ],
    },
  })
  await ensureRegionPayments(container, result[0].id)
  return result[0].id
}

/** Every provider of PAYMENT_PROVIDERS that this backend has, on the region (a seed before checkout had only one). */
async function ensureRegionPayments(container: Container, regionId: string) {
  const payments = container.resolve(Modules.PAYMENT)
  const available = new Set((await payments.listPaymentProviders({ is_enabled: true })).map((provider) => provider.id))
  const wanted = PAYMENT_PROVIDERS.filter((id) => available.has(id))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: regionId } })
  const current = new Set(((data[0] as any)?.payment_providers ?? []).map((p: any) => p?.id))
  if (wanted.every((id) => current.has(id))) return
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: regionId }, update: { payment_providers: [...new Set([...wanted, ...current])] as string[] } },
  })
}

/**
 * Vietnam's tax region with Medusa's system tax provider: without a provider, Medusa answers 500 to every
 * line item added to a cart in the region. A region seeded before this fix gets the provider set.
 */
async function ensureTaxRegion(container: Container) {
  const taxes = container.resolve(Modules.TAX)
  const taxRegion = (await taxes.listTaxRegions({ country_code: "vn" })).find((region) => !region.province_code)
  if (!taxRegion) {
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  } else if (!taxRegion.provider_id) {
    await updateTaxRegionsWorkflow(container).run({ input: [{ id: taxRegion.id, provider_id: "tp_system" }] })
  }
}

async function ensureStockLocation(container: Container, salesChannelId: string) {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await locations.listStockLocations({ name: WAREHOUSE_NAME })
  if (existing) return existing.id
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: WAREHOUSE_NAME,
          address: {
            address_1: "Số 1 Lê Duẩn, phường Buôn Ma Thuột",
            city: "Buôn Ma Thuột",
            province: "Đắk Lắk",
            country_code: "VN",
          },
        },
      ],
    },
  })
  const locationId = result[0].id
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: locationId, add: [salesChannelId] },
  })
  return locationId
}

async function ensureShipping(container: Container, stockLocationId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const shippingProfileId =
    profile?.id ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Hàng mặc định", type: "default" }] },
      })
    ).result[0].id

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id"],
    filters: { id: stockLocationId },
  })
  if (locations[0]?.fulfillment_sets?.length) return shippingProfileId

  // A shipping option may only use a fulfillment provider that its stock location offers.
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER },
      },
    ],
  })
  // Its zones and options (home delivery priced per zone) come from the plugin's ensureDeliveryOptions (seed.ts).
  await createLocationFulfillmentSetWorkflow(container).run({
    input: {
      location_id: stockLocationId,
      fulfillment_set_data: { name: "Giao hàng từ Buôn Ma Thuột", type: "shipping" },
    },
  })
  return shippingProfileId
}

async function ensurePublishableKey(container: Container, salesChannelId: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeys.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (existing) return existing.token
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}

/** The same records Medusa's own `medusa user` command creates, so the admin can log in at /app. */
export async function ensureAdminUser(container: Container, email: string, password: string) {
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email })
  if (existing) return existing.id
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email, first_name: "Quản trị", last_name: "OCOP" }] },
  })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`Could not register the admin login: ${error}`)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
  return result[0].id
}
