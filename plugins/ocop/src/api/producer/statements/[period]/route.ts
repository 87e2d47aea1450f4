import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerStatement } from "../../../../settlement/statement"
import { statementCsv } from "../../../../settlement/statement-csv"
import { producerMemberOf } from "../../member-context"
import { StatementPeriodParam, type ProducerStatementQueryType } from "../validators"

/**
 * The producer's statement for a month (`/producer/statements/2026-12`), or the same month as a CSV file for its
 * bookkeeper (`/producer/statements/2026-12.csv`). A month without orders is a statement of zeros, not a 404.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerStatementQueryType>, res: MedusaResponse) {
  const parsed = StatementPeriodParam.safeParse(req.params.period)
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0]!.message)
  const { period, csv } = parsed.data
  const producerId = producerMemberOf(req).producer_id
  res.setHeader("Cache-Control", "private, no-store")
  if (!csv) {
    res.json({ statement: await producerStatement(req.scope, producerId, period, req.validatedQuery as ProducerStatementQueryType) })
    return
  }
  const [statement, { data }] = await Promise.all([
    producerStatement(req.scope, producerId, period, null),
    req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["name", "handle"], filters: { id: producerId } }),
  ])
  const producer = data[0] as { name: string; handle: string }
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="sao-ke-${producer.handle}-${period}.csv"`)
  res.send(statementCsv(statement, producer.name))
}
