import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type { RowPlan } from "../../programme/register/judge"
import { certifyProductsWorkflow } from "../certify-products"
import { refreshOcopProductsWorkflow } from "../refresh-ocop-products"
import { updateCertificationsStep } from "../steps/update-certifications"
import { updateProducersStep } from "../steps/update-producers"
import { loadRegisterImportStep } from "./steps/load-register-import"
import { markImportConfirmedStep } from "./steps/mark-import-confirmed"
import { updateCertificationGradesStep } from "./steps/update-certification-grades"

export type ApplyRegisterImportInput = { import_id: string; confirmed_by?: string | null; now?: string }

const OPTION = "Quy cách"
const DEFAULT = "Mặc định"

/**
 * Confirms a previewed register import: every row that writes, in one workflow, all or nothing. New products
 * (drafts without a price, for the producer or the programme to complete), producers attached and corrected,
 * certifications corrected, then the new certificates and renewals through `certifyProductsWorkflow` (which
 * checks every rule and number again, against the register as it is now), revocations, and the catalogue
 * re-projected. A step that fails undoes every step before it: the register is as it was, and the import stays
 * previewed.
 */
export const applyRegisterImportWorkflow = createWorkflow("ocop-apply-register-import", (input: ApplyRegisterImportInput) => {
  const loaded = loadRegisterImportStep(transform({ input }, ({ input }) => ({ import_id: input.import_id })))

  const newProducts = transform({ loaded }, ({ loaded }) => {
    const seen = new Set<string>()
    return {
      products: loaded.rows
        .map((row) => row.plan!.product)
        .filter((p): p is { create: { title: string; handle: string } } => "create" in p && !seen.has(p.create.handle) && !!seen.add(p.create.handle))
        .map(({ create }) => ({
          title: create.title,
          handle: create.handle,
          status: ProductStatus.DRAFT,
          options: [{ title: OPTION, values: [DEFAULT] }],
          variants: [{ title: DEFAULT, options: { [OPTION]: DEFAULT }, manage_inventory: false, prices: [] }],
        })),
    }
  })
  const created = createProductsWorkflow.runAsStep({ input: newProducts })
  const productIdOf = transform({ created }, ({ created }) => Object.fromEntries(created.map((p) => [p.handle, p.id])) as Record<string, string>)
  const idOf = (plan: RowPlan, ids: Record<string, string>) => ("id" in plan.product ? plan.product.id : ids[plan.product.create.handle]!)

  const links = transform({ loaded, productIdOf }, ({ loaded, productIdOf }) => {
    const seen = new Set<string>()
    return loaded.rows
      .map((row) => row.plan!)
      .filter((plan) => plan.attach_producer)
      .map((plan) => ({ product_id: idOf(plan, productIdOf), producer_id: plan.producer_id }))
      .filter((link) => !seen.has(link.product_id) && !!seen.add(link.product_id))
      .map((link) => ({ [Modules.PRODUCT]: { product_id: link.product_id }, [OCOP_MODULE]: { producer_id: link.producer_id } }))
  })
  createRemoteLinkStep(links).config({ name: "link-imported-producers" })

  const producerUpdates = transform({ loaded }, ({ loaded }) => {
    const byId = new Map<string, Record<string, unknown>>()
    for (const row of loaded.rows) if (row.plan!.update_producer) byId.set(row.plan!.producer_id, { id: row.plan!.producer_id, ...row.plan!.update_producer })
    return [...byId.values()] as any[]
  })
  updateProducersStep(producerUpdates)

  const gradeUpdates = transform({ loaded }, ({ loaded }) =>
    loaded.rows
      .map((row) => row.plan!.update_certification)
      .filter((u): u is NonNullable<RowPlan["update_certification"]> => !!u)
      .map(({ id, fields }) => ({
        id,
        ...(fields.score !== undefined ? { score: fields.score } : {}),
        ...(fields.stars !== undefined ? { stars: fields.stars } : {}),
        ...(fields.level !== undefined ? { level: fields.level as any } : {}),
        ...(fields.criteria_version !== undefined ? { criteria_version: fields.criteria_version } : {}),
        ...(fields.group !== undefined ? { group_code: fields.group, sub_group_code: fields.sub_group ?? null } : {}),
        ...(fields.decision_no !== undefined ? { decision_no: fields.decision_no } : {}),
        ...(fields.issued_at ? { issued_at: new Date(fields.issued_at) } : {}),
        ...(fields.expires_at ? { expires_at: new Date(fields.expires_at) } : {}),
      }))
  )
  updateCertificationGradesStep(gradeUpdates)

  const drafts = transform({ loaded, productIdOf, input }, ({ loaded, productIdOf, input }) => ({
    certifications: loaded.rows
      .filter((row) => row.plan!.certify)
      .map((row) => {
        const { certify } = row.plan!
        return { ...certify!, product_id: idOf(row.plan!, productIdOf), expires_at: certify!.expires_at ?? undefined }
      }),
    now: input.now,
  }))
  const certified = certifyProductsWorkflow.runAsStep({ input: drafts })

  const revocations = transform({ loaded, input }, ({ loaded, input }) => {
    const at = input.now ? new Date(input.now) : new Date()
    return loaded.rows
      .map((row) => row.plan!.revoke)
      .filter((r): r is NonNullable<RowPlan["revoke"]> => !!r)
      .map((r) => ({ id: r.id, revoked_at: at, revoked_reason: r.reason, lapsed_at: at }))
  })
  updateCertificationsStep(revocations).config({ name: "revoke-imported" })

  // Certifying re-projected its own products; corrections, revocations and producers' changes touch others.
  const touched = transform({ loaded, productIdOf, input }, ({ loaded, productIdOf, input }) => ({
    product_ids: [
      ...new Set(
        loaded.rows
          .filter((row) => row.plan!.update_certification || row.plan!.revoke || row.plan!.update_producer || row.plan!.attach_producer)
          .map((row) => idOf(row.plan!, productIdOf))
      ),
    ],
    now: input.now,
  }))
  refreshOcopProductsWorkflow.runAsStep({ input: touched })

  const result = transform({ loaded, certified, productIdOf, gradeUpdates, revocations, producerUpdates }, (data) => ({
    certified: data.certified.map((c) => c.id),
    products_created: Object.values(data.productIdOf),
    certifications_corrected: data.gradeUpdates.map((u) => u.id),
    certifications_revoked: data.revocations.map((r) => r.id),
    producers_updated: data.producerUpdates.map((p: any) => p.id),
    rows_applied: data.loaded.rows.map((row) => row.row),
  }))
  markImportConfirmedStep(transform({ loaded, input, result }, ({ loaded, input, result }) => ({ id: loaded.id, confirmed_by: input.confirmed_by ?? null, result })))
  return new WorkflowResponse(result)
})
