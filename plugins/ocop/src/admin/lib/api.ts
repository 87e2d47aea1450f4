import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { ProductChange, Review } from "./types"
import type { Certification, Fair, FairListItem, ListedCertification, Page, Producer, ProductOcop, Programme, PromotionFigures, RegisterImport, RegisterImportSummary, RemindResult, SalesPoint, TradeLead, TradeLeadDetail } from "./types"

/*
 * One hook per admin route of the plugin. Every write invalidates everything under "ocop": a certification
 * changes the product view, a renamed producer changes lists; the admin is small enough to refetch.
 */

const OCOP = "ocop"

type Query = Record<string, string | number | boolean | undefined>

function clean(query: Query) {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ""))
}

const get = <T,>(path: string, query: Query = {}) => sdk.client.fetch<T>(path, { query: clean(query) })
const post = <T,>(path: string, body: Record<string, unknown>) => sdk.client.fetch<T>(path, { method: "POST", body })
const del = <T,>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })

function useOcopMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: [OCOP] }),
  })
}

// --- producers ------------------------------------------------------------------------------------------

export const useProducers = (query: Query) =>
  useQuery({
    queryKey: [OCOP, "producers", query],
    queryFn: () => get<Page<"producers", Producer>>("/admin/ocop/producers", query),
    placeholderData: keepPreviousData,
  })

export const useProducer = (id: string) =>
  useQuery({ queryKey: [OCOP, "producer", id], queryFn: () => get<{ producer: Producer }>(`/admin/ocop/producers/${id}`) })

export const useCreateProducer = () =>
  useOcopMutation((body: Record<string, unknown>) => post<{ producer: Producer }>("/admin/ocop/producers", body))

export const useUpdateProducer = (id: string) =>
  useOcopMutation((body: Record<string, unknown>) => post<{ producer: Producer }>(`/admin/ocop/producers/${id}`, body))

export const useDeleteProducer = (id: string) => useOcopMutation((_: void) => del(`/admin/ocop/producers/${id}`))

// --- sales points ---------------------------------------------------------------------------------------

export const useSalesPoints = (query: Query) =>
  useQuery({
    queryKey: [OCOP, "sales-points", query],
    queryFn: () => get<Page<"sales_points", SalesPoint>>("/admin/ocop/sales-points", query),
    placeholderData: keepPreviousData,
  })

export const useSalesPoint = (id: string) =>
  useQuery({ queryKey: [OCOP, "sales-point", id], queryFn: () => get<{ sales_point: SalesPoint }>(`/admin/ocop/sales-points/${id}`) })

export const useCreateSalesPoint = () =>
  useOcopMutation((body: Record<string, unknown>) => post<{ sales_point: SalesPoint }>("/admin/ocop/sales-points", body))

export const useUpdateSalesPoint = (id: string) =>
  useOcopMutation((body: Record<string, unknown>) => post<{ sales_point: SalesPoint }>(`/admin/ocop/sales-points/${id}`, body))

export const useDeleteSalesPoint = (id: string) => useOcopMutation((_: void) => del(`/admin/ocop/sales-points/${id}`))

export const useSetSalesPointProducts = (id: string) =>
  useOcopMutation((product_ids: string[]) => post(`/admin/ocop/sales-points/${id}/products`, { product_ids }))

export const useSetSalesPointStockLocation = (id: string) =>
  useOcopMutation((stock_location_id: string | null) => post(`/admin/ocop/sales-points/${id}/stock-location`, { stock_location_id }))

// --- certifications and a product's OCOP side -----------------------------------------------------------

export const useCertificationCount = (state: string) =>
  useQuery({
    queryKey: [OCOP, "certifications", "count", state],
    queryFn: () => get<Page<"certifications", Certification>>("/admin/ocop/certifications", { state, limit: 1 }),
  })

export const useProductOcop = (productId: string) =>
  useQuery({ queryKey: [OCOP, "product", productId], queryFn: () => get<{ product: ProductOcop }>(`/admin/ocop/products/${productId}`) })

export const useCertify = () =>
  useOcopMutation((body: Record<string, unknown>) => post<{ certification: Certification }>("/admin/ocop/certifications", body))

export const useRenew = (id: string) =>
  useOcopMutation((body: Record<string, unknown>) => post<{ certification: Certification }>(`/admin/ocop/certifications/${id}/renew`, body))

export const useRevoke = (id: string) =>
  useOcopMutation((reason: string) => post<{ certification: Certification }>(`/admin/ocop/certifications/${id}/revoke`, { reason }))

export const useSetProducer = (productId: string) =>
  useOcopMutation((producer_id: string | null) => post(`/admin/ocop/products/${productId}/producer`, { producer_id }))

// --- fairs, their zones and booths, buyers' leads ------------------------------------------------------

export const useFairs = (query: Query) =>
  useQuery({
    queryKey: [OCOP, "fairs", query],
    queryFn: () => get<Page<"fairs", FairListItem>>("/admin/ocop/fairs", query),
    placeholderData: keepPreviousData,
  })

export const useFair = (id: string) => useQuery({ queryKey: [OCOP, "fair", id], queryFn: () => get<{ fair: Fair }>(`/admin/ocop/fairs/${id}`) })

export const useCreateFair = () => useOcopMutation((body: Record<string, unknown>) => post<{ fair: Fair }>("/admin/ocop/fairs", body))

export const useUpdateFair = (id: string) => useOcopMutation((body: Record<string, unknown>) => post<{ fair: Fair }>(`/admin/ocop/fairs/${id}`, body))

export const useDeleteFair = (id: string) => useOcopMutation((_: void) => del(`/admin/ocop/fairs/${id}`))

export const useSaveZone = (fairId: string) =>
  useOcopMutation(({ id, ...body }: Record<string, unknown> & { id?: string }) =>
    post<{ fair: Fair }>(id ? `/admin/ocop/fairs/${fairId}/zones/${id}` : `/admin/ocop/fairs/${fairId}/zones`, body)
  )

export const useDeleteZone = (fairId: string) => useOcopMutation((id: string) => del(`/admin/ocop/fairs/${fairId}/zones/${id}`))

export const useSaveBooth = (fairId: string) =>
  useOcopMutation(({ id, ...body }: Record<string, unknown> & { id?: string }) =>
    post<{ fair: Fair }>(id ? `/admin/ocop/fairs/${fairId}/booths/${id}` : `/admin/ocop/fairs/${fairId}/booths`, body)
  )

export const useDeleteBooth = (fairId: string) => useOcopMutation((id: string) => del(`/admin/ocop/fairs/${fairId}/booths/${id}`))

/** A producer's products a booth may show (certified, 3 ★ or more, today). */
export const useShowableProducts = (fairId: string, producerId: string) =>
  useQuery({
    queryKey: [OCOP, "showable-products", fairId, producerId],
    queryFn: () =>
      get<{ products: { id: string; title: string; handle: string; stars: number }[] }>(`/admin/ocop/fairs/${fairId}/showable-products`, { producer_id: producerId }),
    enabled: !!producerId,
  })

export const useFairFigures = (year?: number) =>
  useQuery({ queryKey: [OCOP, "fair-figures", year], queryFn: () => get<{ figures: PromotionFigures }>("/admin/ocop/fair-figures", { year }) })

export const useTradeLeads = (query: Query) =>
  useQuery({
    queryKey: [OCOP, "trade-leads", query],
    queryFn: () => get<Page<"trade_leads", TradeLead>>("/admin/ocop/trade-leads", query),
    placeholderData: keepPreviousData,
  })

export const useTradeLead = (id: string) =>
  useQuery({ queryKey: [OCOP, "trade-lead", id], queryFn: () => get<{ trade_lead: TradeLeadDetail }>(`/admin/ocop/trade-leads/${id}`) })

export const useUpdateTradeLead = (id: string) =>
  useOcopMutation((body: Record<string, unknown>) => post<{ trade_lead: TradeLeadDetail }>(`/admin/ocop/trade-leads/${id}`, body))

export const useReviews = (query: Query) =>
  useQuery({
    queryKey: [OCOP, "reviews", query],
    queryFn: () => get<Page<"reviews", Review>>("/admin/ocop/reviews", query),
    placeholderData: keepPreviousData,
  })

export const useReview = (id: string) =>
  useQuery({ queryKey: [OCOP, "review", id], queryFn: () => get<{ review: Review }>(`/admin/ocop/reviews/${id}`) })

/** Hides a review (with the reason the author is shown) or publishes it again. */
export const useModerateReview = (id: string) =>
  useOcopMutation((body: { status: "published" | "hidden"; reason?: string }) => post<{ review: Review }>(`/admin/ocop/reviews/${id}`, body))

export const useProductChanges = (query: Query) =>
  useQuery({
    queryKey: [OCOP, "product-changes", query],
    queryFn: () => get<Page<"product_changes", ProductChange>>("/admin/ocop/product-changes", query),
    placeholderData: keepPreviousData,
  })

export const useProductChange = (id: string) =>
  useQuery({ queryKey: [OCOP, "product-change", id], queryFn: () => get<{ product_change: ProductChange }>(`/admin/ocop/product-changes/${id}`) })

/** Approves a producer's change (it goes live) or refuses it with the reason the producer reads. */
export const useDecideProductChange = (id: string) =>
  useOcopMutation((decision: { approve: true } | { approve: false; reason: string }) =>
    decision.approve
      ? post<{ product_change: ProductChange }>(`/admin/ocop/product-changes/${id}/approve`, {})
      : post<{ product_change: ProductChange }>(`/admin/ocop/product-changes/${id}/reject`, { reason: decision.reason })
  )

/**
 * Downloads a fair's leads as CSV: fetched with the admin's session (a plain link would not carry it), then
 * handed to the browser as a file.
 */
export async function downloadLeadsCsv(fairId: string, handle: string) {
  const response = await fetch(`/admin/ocop/fairs/${fairId}/trade-leads/export`, { credentials: "include" })
  if (!response.ok) throw new Error(`CSV: ${response.status}`)
  const url = URL.createObjectURL(await response.blob())
  const link = Object.assign(document.createElement("a"), { href: url, download: `khach-hoi-mua-${handle}.csv` })
  link.click()
  URL.revokeObjectURL(url)
}

/** A booth's QR code, or that of a product it shows, saved as SVG (to print at any size) or PNG. */
export async function downloadFairQr(fairId: string, boothId: string, productId: string | null, format: "svg" | "png", name: string) {
  const path = `/admin/ocop/fairs/${fairId}/booths/${boothId}${productId ? `/products/${productId}` : ""}/qr?format=${format}`
  const response = await fetch(path, { credentials: "include" })
  if (!response.ok) throw new Error(`QR: ${response.status}`)
  const url = URL.createObjectURL(await response.blob())
  const link = Object.assign(document.createElement("a"), { href: url, download: `${name}.${format}` })
  link.click()
  URL.revokeObjectURL(url)
}

// --- Medusa's own resources the OCOP pages pick from ----------------------------------------------------

export const useProductChoices = (q: string) =>
  useQuery({
    queryKey: [OCOP, "product-choices", q],
    queryFn: () => sdk.admin.product.list({ q: q || undefined, limit: 50, fields: "id,title,handle,thumbnail,status" }),
    placeholderData: keepPreviousData,
  })

export const useStockLocations = () =>
  useQuery({ queryKey: [OCOP, "stock-locations"], queryFn: () => sdk.admin.stockLocation.list({ limit: 100, fields: "id,name" }) })

// --- the programme office: dashboard, certificates list, register ----------------------------------------

export const useProgramme = (year: number | null) =>
  useQuery({
    queryKey: [OCOP, "programme", year],
    queryFn: () => get<Programme>("/admin/ocop/programme", { year: year ?? undefined }),
    placeholderData: keepPreviousData,
  })

export const useCertificationList = (query: Query) =>
  useQuery({
    queryKey: [OCOP, "certifications", "list", query],
    queryFn: () => get<Page<"certifications", ListedCertification>>("/admin/ocop/certifications", query),
    placeholderData: keepPreviousData,
  })

export const useRemindProducers = () =>
  useOcopMutation((certification_ids: string[]) => post<RemindResult>("/admin/ocop/certifications/reminders", { certification_ids }))

export const usePreviewImport = () =>
  useMutation({
    mutationFn: (file: File) => {
      const form = new FormData()
      form.append("file", file, file.name)
      // The browser sets the multipart boundary itself.
      return sdk.client.fetch<{ import: RegisterImport }>("/admin/ocop/register/imports", { method: "POST", body: form, headers: { "content-type": null as any } })
    },
  })

export const useConfirmImport = () =>
  useOcopMutation((id: string) => post<{ import: RegisterImport }>(`/admin/ocop/register/imports/${id}/confirm`, {}))

export const useRegisterImports = () =>
  useQuery({
    queryKey: [OCOP, "register-imports"],
    queryFn: () => get<Page<"imports", RegisterImportSummary>>("/admin/ocop/register/imports", { limit: 10 }),
  })
