/** The shapes the plugin's admin routes answer with, from the server code that writes and shapes them. */
import type { AdminCertification, AdminListedCertification, AdminRemindResult } from "../../api/admin/ocop/certifications/types"
import type { ProgrammeResult } from "../../programme/figures"
import type { JudgedRow } from "../../programme/register/judge"
import type { AdminProductOcop } from "../../api/admin/ocop/products/types"
import type { ProducerInput } from "../../workflows/steps/create-producers"
import type { SalesPointInput } from "../../workflows/steps/create-sales-points"

export type ProductRef = { id: string; title: string; handle: string; status: string; thumbnail: string | null }

export type Producer = Required<ProducerInput> & {
  id: string
  product_count?: number
  products?: ProductRef[]
}

export type SalesPoint = Required<SalesPointInput> & {
  id: string
  product_count?: number
  products?: ProductRef[]
  stock_location: { id: string; name: string } | null
}

export type Certification = AdminCertification

export type {
  AdminBooth as Booth,
  AdminFair as Fair,
  AdminFairListItem as FairListItem,
  AdminTradeLead as TradeLead,
  AdminTradeLeadDetail as TradeLeadDetail,
  AdminZone as Zone,
  PromotionFigures,
} from "../../api/admin/ocop/fairs/types"

export type ProductOcop = AdminProductOcop

export type Page<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }

export type ListedCertification = AdminListedCertification
export type RemindResult = AdminRemindResult

export type Programme = ProgrammeResult & { years: number[] }

export type ImportSummary = { rows: number; new: number; renewal: number; change: number; unchanged: number; error: number }

export type RegisterImportSummary = {
  id: string
  file_name: string
  file_format: "csv" | "xlsx"
  status: "previewed" | "confirmed" | "failed"
  summary: ImportSummary
  created_at: string
  confirmed_at: string | null
}

export type RegisterImport = RegisterImportSummary & {
  rows: number
  valid: number
  errors: { row: number; message: string }[]
  changes: JudgedRow[]
  result: Record<string, unknown> | null
}

export type { ManagedReview as Review } from "../../reviews/shape"

/** A producer's new title or variant of a certified product, waiting for the programme or decided. */
export type ProductChange = {
  id: string
  kind: "title" | "variant" | "sales_point_add" | "sales_point_remove"
  status: "pending" | "approved" | "rejected" | "withdrawn"
  changes: { title?: string; title_en?: string | null; sku?: string | null; price?: number; stock?: number; sales_point_id?: string }
  requested_by: string
  decided_by: string | null
  decided_at: string | null
  reason: string | null
  created_at: string
  product: {
    id: string
    title: string
    title_en: string | null
    handle: string
    status: string
    thumbnail: string | null
    variants: string[]
    /** The sales points the product is sold at now. */
    sales_points: string[]
  } | null
  producer: { id: string; handle: string; name: string } | null
  /** The place of a sales-point request (docs/decisions/044). */
  sales_point: { id: string; handle: string; name: string; type: string; active: boolean } | null
}
