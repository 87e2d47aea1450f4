import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

/*
 * The admin's side of the lookup and the stamps (docs/decisions/029): the certificate's QR code, its stamp batches,
 * and the programme's list of stamps that may be copied. Kept apart from lib/api.ts so the OCOP card's hooks and
 * these change independently.
 */

export type StampBatch = {
  id: string
  certification_id: string
  certificate_no: string
  printed_stars: number
  quantity: number
  issued_by: "programme" | "producer"
  note: string | null
  created_at: string
  checked: number
  flagged: number
}

export type FlaggedStamp = {
  code: string
  serial: number
  batch_id: string
  certificate_no: string
  printed_stars: number
  product: { id: string; handle: string; title: string } | null
  producer: { handle: string; name: string } | null
  warning: "many_checks" | "far_apart" | "stars_changed"
  first_checked_at: string
  last_checked_at: string
  flagged_at: string
  checks: number
  networks: number
  located_checks: number
}

type CurrentCertification = { id: string; certificate_no: string | null; stars: number; state?: string } | null

const KEY = "ocop-stamps"

/** The product's current certification (the OCOP card's own route), for its QR code and stamps. */
export const useCurrentCertification = (productId: string) =>
  useQuery({
    queryKey: [KEY, "product", productId],
    queryFn: () => sdk.client.fetch<{ product: { current_certification: CurrentCertification } }>(`/admin/ocop/products/${productId}`),
    select: (data) => data.product.current_certification,
  })

export const useStampBatches = (certificationId: string | undefined) =>
  useQuery({
    queryKey: [KEY, "batches", certificationId],
    enabled: !!certificationId,
    queryFn: () => sdk.client.fetch<{ stamp_batches: StampBatch[]; count: number }>(`/admin/ocop/certifications/${certificationId}/stamp-batches`, { query: { limit: 20 } }),
  })

export const useIssueStampBatch = (certificationId: string | undefined) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { quantity: number; note?: string }) =>
      sdk.client.fetch<{ stamp_batch: StampBatch }>(`/admin/ocop/certifications/${certificationId}/stamp-batches`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [KEY] }),
  })
}

export const useFlaggedStamps = (query: { warning?: string; limit: number; offset: number }) =>
  useQuery({
    queryKey: [KEY, "flagged", query],
    queryFn: () =>
      sdk.client.fetch<{ stamps: FlaggedStamp[]; count: number }>("/admin/ocop/stamps", {
        query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")),
      }),
    placeholderData: keepPreviousData,
  })

export const WARNING_LABEL: Record<FlaggedStamp["warning"], string> = {
  many_checks: "Quét từ nhiều mạng",
  far_apart: "Quét ở nơi cách xa",
  stars_changed: "Sao in không còn đúng",
}

export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" }).format(new Date(iso))
