import { model } from "@medusajs/framework/utils"

/**
 * One target of the province's OCOP plans (2018–2020, plan 76/KH-UBND for 2021, phase 2 2021–2025), as the
 * plan states it: a machine-readable metric with a range for a period, so the programme dashboard can put the
 * actual figure computed from certifications beside it. `max` is null for "at least".
 */
export const ProgrammeTarget = model
  .define({ name: "ProgrammeTarget", tableName: "ocop_programme_target" }, {
    id: model.id({ prefix: "ocpt" }).primaryKey(),
    code: model.text().unique(),
    period: model.text(),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    source: model.text(),
    description_vi: model.text(),
    description_en: model.text().nullable(),
    metric: model.text().index(),
    // Plans state counts and percentages; a share like "50–70 %" needs no decimals.
    min: model.number(),
    max: model.number().nullable(),
    unit: model.text(),
  })
  .checks([
    { name: "ocop_programme_target_range", expression: (c) => `${c.max} IS NULL OR ${c.max} >= ${c.min}` },
    { name: "ocop_programme_target_period", expression: (c) => `${c.period_end} > ${c.period_start}` },
  ])
