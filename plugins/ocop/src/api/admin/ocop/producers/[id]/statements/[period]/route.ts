import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { producerStatement } from "../../../../../../../settlement/statement"
import { statementCsv } from "../../../../../../../settlement/statement-csv"
import { StatementPeriodParam, type ProducerStatementQueryType } from "../../../../../../producer/statements/validators"
import { loadProducer } from "../../../helpers"

/** A producer's statement for a month as the producer sees it (`…/2026-12`), or as CSV (`…/2026-12.csv`). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerStatementQueryType>, res: MedusaResponse) {
  const parsed = StatementPeriodParam.safeParse(req.params.period)
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0]!.message)
  const producer = (await loadProducer(req.scope, req.params.id!)) as unknown as { id: string; handle: string; name: string }
  const { period, csv } = parsed.data
  if (!csv) {
    res.json({ statement: await producerStatement(req.scope, producer.id, period, req.validatedQuery as ProducerStatementQueryType) })
    return
  }
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="sao-ke-${producer.handle}-${period}.csv"`)
  res.send(statementCsv(await producerStatement(req.scope, producer.id, period, null), producer.name))
}
