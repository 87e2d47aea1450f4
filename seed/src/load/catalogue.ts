/**
 * What makes a product an OCOP product: its producer, the sales points that carry it and its certification,
 * each through the plugin's workflows, which also keep the catalogue read model and the storefront's sales
 * channel in step. Whether a product may be shown is theirs to decide, never the loader's.
 *
 * Every step looks at what the database already holds and does only what is missing, so a second run does
 * nothing and a run stopped half-way is finished by the next one.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createLinksWorkflow } from "@medusajs/medusa/core-flows"
import {
  attachProducerWorkflow,
  certifyProductsWorkflow,
  certifyProductWorkflow,
  refreshOcopProductsWorkflow,
  revokeCertificationWorkflow,
  setSalesPointProductsWorkflow,
} from "@ocop/medusa-plugin-ocop/workflows"
import { datedCertification } from "../certification-dates"
import type { SeedCertification, SeedProduct } from "../data"
import { OCOP_MODULE } from "./ocop"
import { eachLimited, type Container } from "./util"

/** Workflow runs of the dataset in flight at once: enough to overlap database round trips on two cores. */
const PARALLEL_RUNS = 4

export type CatalogueIds = {
  products: Map<string, string>
  producers: Map<string, string>
  salesPoints: Map<string, string>
}

type ProductState = {
  id: string
  handle: string
  producer?: { id: string } | null
  sales_points?: ({ id: string } | null)[] | null
  certifications?: ({ id: string; certificate_no: string | null; score: number; revoked_at: string | null } | null)[] | null
}

type Linkable = Pick<SeedProduct, "handle" | "producer" | "sales_points" | "certification" | "group" | "sub_group"> & {
  /** The generator's certificate of the cycle before, with the group of its own criteria version. */
  previous_certification?: SeedCertification & { group: string; sub_group: string }
}

async function statesOf(container: Container, productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "producer.id", "sales_points.id", "certifications.id", "certifications.certificate_no", "certifications.score", "certifications.revoked_at"],
    filters: { id: productIds },
  })
  return new Map((data as unknown as ProductState[]).map((p) => [p.handle, p]))
}

/** The certification of the data, or undefined when the product has none like it yet. */
function findCertification(state: ProductState | undefined, cert: SeedCertification) {
  return (state?.certifications ?? []).find((c) =>
    c && (cert.certificate_no ? c.certificate_no === cert.certificate_no : c.certificate_no === null && Number(c.score) === cert.score)
  )
}

function draftOf(product: Linkable, productId: string, now: Date, certification: SeedCertification = product.certification, group: { group: string; sub_group: string | null } = product) {
  const cert = datedCertification(certification, now)
  return {
    product_id: productId,
    score: cert.score,
    stars: cert.stars,
    criteria_version: cert.criteria_version,
    group: group.group,
    sub_group: group.sub_group,
    certificate_no: cert.certificate_no,
    decision_no: cert.decision_no,
    issued_at: cert.issued_at,
    expires_at: cert.expires_at ?? null,
  }
}

/**
 * The dataset's way, one product at a time through the plugin's own workflows: `attachProducerWorkflow`,
 * `setSalesPointProductsWorkflow` for each sales point, `certifyProductWorkflow`, and
 * `revokeCertificationWorkflow` where the data records a revocation (stamped with the data's date).
 */
export async function linkAndCertifyOneByOne(container: Container, products: readonly Linkable[], ids: CatalogueIds, now: Date) {
  const counts = { producers: 0, sales_points: 0, certified: 0, revoked: 0 }
  let states = await statesOf(container, [...ids.products.values()])

  // Runs for different products touch different rows, so a few may run side by side; the sales points below
  // share products and run one after another.
  const orphans = products.filter((p) => !states.get(p.handle)?.producer?.id)
  await eachLimited(orphans, PARALLEL_RUNS, async (product) => {
    await attachProducerWorkflow(container).run({
      input: { product_id: ids.products.get(product.handle)!, producer_id: ids.producers.get(product.producer)! },
    })
  })
  counts.producers = orphans.length

  // Each sales point gains the products the data puts there; products someone else put there stay.
  const carried = new Map<string, Set<string>>()
  for (const product of products) {
    for (const point of product.sales_points) {
      if (!carried.has(point)) carried.set(point, new Set())
      carried.get(point)!.add(ids.products.get(product.handle)!)
    }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: points } = await query.graph({
    entity: "sales_point",
    fields: ["id", "handle", "products.id"],
    filters: { handle: [...carried.keys()] },
  })
  for (const point of points as any[]) {
    const current = new Set<string>((point.products ?? []).filter(Boolean).map((p: { id: string }) => p.id))
    const wanted = carried.get(point.handle)!
    if ([...wanted].every((id) => current.has(id))) continue
    await setSalesPointProductsWorkflow(container).run({
      input: { sales_point_id: point.id, product_ids: [...new Set([...current, ...wanted])] },
    })
    counts.sales_points++
  }

  const uncertified = products.filter((p) => !findCertification(states.get(p.handle), p.certification))
  await eachLimited(uncertified, PARALLEL_RUNS, async (product) => {
    await certifyProductWorkflow(container).run({ input: draftOf(product, ids.products.get(product.handle)!, now) })
  })
  counts.certified = uncertified.length

  const revoked = products.filter((p) => p.certification.revoked_at)
  if (revoked.length) states = await statesOf(container, revoked.map((p) => ids.products.get(p.handle)!))
  for (const product of revoked) {
    const certification = findCertification(states.get(product.handle), product.certification)!
    if (certification.revoked_at) continue
    const { revoked_reason, revoked_reason_en, revoked_at } = product.certification
    await revokeCertificationWorkflow(container).run({
      input: { id: certification.id, reason: `${revoked_reason} / ${revoked_reason_en}`, now: new Date(revoked_at!).toISOString() },
    })
    counts.revoked++
  }
  return counts
}

/**
 * The generator's way, for thousands of products: the producer and sales-point links of a batch in one run
 * of Medusa's `createLinksWorkflow`, then one run of the plugin's `certifyProductsWorkflow`, whose
 * re-projection of every product it certifies picks those links up. Products whose links were added but that
 * were certified before (a run stopped half-way) are re-projected with `refreshOcopProductsWorkflow`.
 */
export async function linkAndCertifyInBulk(container: Container, products: readonly Linkable[], ids: CatalogueIds, now: Date) {
  const states = await statesOf(container, products.map((p) => ids.products.get(p.handle)!))
  const links: Record<string, Record<string, string>>[] = []
  const relinked = new Set<string>()
  const drafts = []
  for (const product of products) {
    const productId = ids.products.get(product.handle)!
    const state = states.get(product.handle)
    if (!state?.producer?.id) {
      links.push({ [Modules.PRODUCT]: { product_id: productId }, [OCOP_MODULE]: { producer_id: ids.producers.get(product.producer)! } })
      relinked.add(productId)
    }
    const present = new Set((state?.sales_points ?? []).filter(Boolean).map((p) => p!.id))
    for (const point of product.sales_points) {
      const salesPointId = ids.salesPoints.get(point)!
      if (present.has(salesPointId)) continue
      links.push({ [OCOP_MODULE]: { sales_point_id: salesPointId }, [Modules.PRODUCT]: { product_id: productId } })
      relinked.add(productId)
    }
    if (!findCertification(state, product.certification)) drafts.push(draftOf(product, productId, now))
    const previous = product.previous_certification
    if (previous && !findCertification(state, previous)) drafts.push(draftOf(product, productId, now, previous, previous))
  }
  if (links.length) await createLinksWorkflow(container).run({ input: links })
  if (drafts.length) await certifyProductsWorkflow(container).run({ input: { certifications: drafts } })
  const certified = new Set(drafts.map((d) => d.product_id))
  const stale = [...relinked].filter((id) => !certified.has(id))
  if (stale.length) await refreshOcopProductsWorkflow(container).run({ input: { product_ids: stale } })
  return { links: links.length, certified: drafts.length }
}
