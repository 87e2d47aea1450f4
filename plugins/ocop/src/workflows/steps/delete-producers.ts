import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { assertAllFound } from "./update-producers"

/**
 * A producer that still has products may not be deleted: every certified product must name the chủ thể that
 * holds its certificate, and silently detaching them would leave cards without provenance. Reads only.
 */
export const assertProducersHaveNoProductsStep = createStep(
  "ocop-assert-producers-have-no-products",
  async (ids: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "producer", fields: ["id", "name", "products.id"], filters: { id: ids } })
    assertAllFound("producer", ids, data as { id: string }[])
    for (const producer of data as any[]) {
      const count = (producer.products ?? []).filter(Boolean).length
      if (count) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Chủ thể "${producer.name}" còn ${count} sản phẩm; hãy chuyển các sản phẩm sang chủ thể khác trước khi xoá / ` +
            `producer "${producer.name}" still has ${count} product(s); move them to another producer before deleting it`
        )
      }
    }
    return new StepResponse(void 0)
  }
)

/** Soft-deletes producers (their handle becomes free again); undo restores them. */
export const deleteProducersStep = createStep(
  "ocop-delete-producers",
  async (ids: string[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.softDeleteProducers(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.restoreProducers(ids)
  }
)
