import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { ParcelState } from "../../orders/fulfilment"
import { sdk } from "./sdk"

/**
 * What the programme's admin manages for one producer besides its record: the team that signs in to the seller
 * portal and its invitations, the commission rate, and the producer's orders as its own portal lists them.
 */
export type TeamMember = { id: string; email: string; name: string; role: "owner" | "staff"; created_at: string }
export type OpenInvite = { id: string; email: string; role: "owner" | "staff"; expires_at: string; state: "open" | "expired"; created_at: string }
export type Commission = { rate: number; source: "producer" | "default" }
export type ProducerOrderRow = {
  id: string
  display_id: number
  status: string
  item_count: number
  total: number
  currency_code: string
  delivery: "home" | "pickup" | string
  state: ParcelState
  placed_at: string
}
type Page<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }

const base = (producerId: string) => `/admin/ocop/producers/${producerId}`
const key = (producerId: string, ...rest: unknown[]) => ["ocop", "producer", producerId, ...rest]

export const useProducerMembers = (producerId: string) =>
  useQuery({
    queryKey: key(producerId, "members"),
    queryFn: () => sdk.client.fetch<Page<"members", TeamMember>>(`${base(producerId)}/members`, { query: { limit: 100 } }),
  })

export const useProducerInvites = (producerId: string) =>
  useQuery({
    queryKey: key(producerId, "invites"),
    queryFn: () => sdk.client.fetch<Page<"invites", OpenInvite>>(`${base(producerId)}/members/invites`, { query: { limit: 100 } }),
  })

/** Mutations of one producer refresh everything shown about it. */
function useProducerMutation<Input>(producerId: string, request: (input: Input) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: request, onSuccess: () => client.invalidateQueries({ queryKey: key(producerId) }) })
}

export const useInviteProducerMember = (producerId: string) =>
  useProducerMutation(producerId, (body: { email: string; role: "owner" | "staff" }) =>
    sdk.client.fetch<{ invite: OpenInvite }>(`${base(producerId)}/members/invites`, { method: "POST", body })
  )

export const useWithdrawInvite = (producerId: string) =>
  useProducerMutation(producerId, (inviteId: string) => sdk.client.fetch(`${base(producerId)}/members/invites/${inviteId}`, { method: "DELETE" }))

export const useRemoveProducerMember = (producerId: string) =>
  useProducerMutation(producerId, (memberId: string) => sdk.client.fetch(`${base(producerId)}/members/${memberId}`, { method: "DELETE" }))

export const useCommission = (producerId: string) =>
  useQuery({ queryKey: key(producerId, "commission"), queryFn: () => sdk.client.fetch<{ commission: Commission }>(`${base(producerId)}/commission`) })

export const useSetCommission = (producerId: string) =>
  useProducerMutation(producerId, (rate: number | null) =>
    sdk.client.fetch<{ commission: Commission }>(`${base(producerId)}/commission`, { method: "POST", body: { rate } })
  )

export const ORDERS_PAGE = 20

export const useProducerOrders = (producerId: string, state: ParcelState | "", offset: number) =>
  useQuery({
    queryKey: key(producerId, "orders", state, offset),
    queryFn: () =>
      sdk.client.fetch<Page<"orders", ProducerOrderRow>>(`${base(producerId)}/orders`, {
        query: { limit: ORDERS_PAGE, offset, ...(state ? { state } : {}) },
      }),
    placeholderData: keepPreviousData,
  })
