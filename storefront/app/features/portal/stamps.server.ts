/**
 * The portal's certificates and stamp batches (`/producer/certifications…`, docs/decisions/029), always with the
 * member's own token: the backend scopes every read and write to her producer.
 */
import type { Level } from "~/lib/store-api"

export type PortalCertificate = {
  id: string
  certificate_no: string
  status: "valid" | "expiring" | "expired" | "revoked" | "superseded" | "not_yet_valid"
  stars: number
  level: Level
  expires_at: string
  product: { handle: string; title: string; showable: boolean }
}

export type PortalStampBatch = {
  id: string
  certificate_no: string
  printed_stars: number
  quantity: number
  issued_by: "programme" | "producer"
  note: string | null
  created_at: string
  checked: number
  flagged: number
}

async function call(token: string, method: "GET" | "POST", path: string, body?: unknown) {
  const response = await fetch(`${process.env.MEDUSA_BACKEND_URL}${path}`, {
    method,
    headers: { accept: "application/json", authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await response.json().catch(() => ({}))) as Record<string, any>
  if (response.status >= 500) throw new Error(`${method} ${path} answered ${response.status}`)
  return { status: response.status, body: json }
}

/** The producer's certificates (newest first), each with its batches when stamps may be printed for it. */
export async function loadStampsPage(token: string) {
  const { body } = await call(token, "GET", "/producer/certifications?limit=50")
  const certificates = (body.certifications ?? []) as PortalCertificate[]
  return Promise.all(
    certificates.map(async (certificate) => {
      const batches = await call(token, "GET", `/producer/certifications/${certificate.id}/stamp-batches?limit=20`)
      return { certificate, batches: (batches.body.stamp_batches ?? []) as PortalStampBatch[] }
    })
  )
}

export async function issueStamps(token: string, certificationId: string, input: { quantity: number; note?: string }) {
  const answer = await call(token, "POST", `/producer/certifications/${encodeURIComponent(certificationId)}/stamp-batches`, input)
  return answer.status === 201 ? { ok: true as const, batch: answer.body.stamp_batch as PortalStampBatch } : { ok: false as const, message: String(answer.body.message ?? answer.status) }
}

/** The batch's label sheet as the backend streams it, or null when it is not the producer's. */
export async function labelSheet(token: string, batchId: string): Promise<Response | null> {
  const response = await fetch(`${process.env.MEDUSA_BACKEND_URL}/producer/stamp-batches/${encodeURIComponent(batchId)}/labels`, {
    headers: { authorization: `Bearer ${token}` },
  })
  if (response.status >= 500) throw new Error(`labels of ${batchId} answered ${response.status}`)
  return response.ok ? response : null
}
