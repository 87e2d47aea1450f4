import { Button, Input, Label, Switch, Textarea, clx } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { Field, FormError } from "./field"
import { asText, numberOrNull, textOrNull, useFormValues } from "./form-state"
import { NameAndHandle } from "./name-and-handle"
import { SelectInput, type Option } from "./select-input"

/**
 * One field of a record's form. The form keeps every value as the text a person typed; `kind` says how it is
 * typed and how it is sent: trimmed text, null when an optional text is left empty, a number (null when empty),
 * a select's code or a switch's boolean.
 */
export type FormField =
  | {
      name: string
      label: string
      kind?: "text" | "tel" | "email" | "number" | "textarea"
      /** The phone's keyboard: digits only (codes, years) or with a decimal point (the default for numbers). */
      inputMode?: "numeric" | "decimal"
      hint?: ReactNode
      placeholder?: string
      /** The browser insists on a value (and the API does too). */
      required?: boolean
      /** Labelled "(không bắt buộc)"; left empty, a text is sent as null. */
      optional?: boolean
      /** Both columns of the form's grid. */
      wide?: boolean
      rows?: number
      /** The value a new record starts from. */
      initial?: string
      /** How the record's value is shown for editing (a phone the way people write it). */
      show?: (value: unknown) => string
      /** What is sent for the typed text, instead of the kind's rule. */
      send?: (text: string) => unknown
    }
  | { name: string; label: string; kind: "select"; options: Option[]; initial: string; hint?: ReactNode }
  | { name: string; label: string; kind: "switch"; initial?: boolean }
  /** Name and handle side by side; on a new record the handle follows the name until someone types one. */
  | { name: "name"; label: string; kind: "name-and-handle"; handleHint: string }
  /** An empty cell of the grid, so the next field starts a row. */
  | { kind: "gap"; name?: undefined }

type Values = Record<string, string>

function initialValues(fields: FormField[], record: Record<string, unknown> | undefined): Values {
  const values: Values = {}
  for (const field of fields) {
    if (field.kind === "gap") continue
    if (field.kind === "name-and-handle") {
      values.name = asText(record?.name)
      values.handle = asText(record?.handle)
    } else if (field.kind === "switch") {
      values[field.name] = String(record ? record[field.name] !== false : field.initial ?? true)
    } else if (!record) {
      values[field.name] = ("initial" in field && field.initial) || ""
    } else {
      values[field.name] = "show" in field && field.show ? field.show(record[field.name]) : asText(record[field.name])
    }
  }
  return values
}

function body(fields: FormField[], values: Values): Record<string, unknown> {
  const sent: Record<string, unknown> = {}
  for (const field of fields) {
    if (field.kind === "gap") continue
    const text = values[field.name] ?? ""
    if (field.kind === "name-and-handle") {
      sent.handle = values.handle!.trim()
      sent.name = text.trim()
    } else if (field.kind === "select") sent[field.name] = text
    else if (field.kind === "switch") sent[field.name] = text === "true"
    else if (field.send) sent[field.name] = field.send(text)
    else if (field.kind === "number") sent[field.name] = numberOrNull(text)
    else sent[field.name] = field.optional ? textOrNull(text) : text.trim()
  }
  return sent
}

/**
 * Create or edit a record from a list of fields, in Medusa's two-column form layout. Checks are the API's: its
 * refusal (a phone, a code, a handle taken…) is shown above the form as it comes, in both languages.
 */
export function RecordForm({
  fields,
  record,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  fields: FormField[]
  /** The record to edit; none for a new one. */
  record?: Record<string, unknown>
  submitLabel: string
  pending: boolean
  error: string | null
  onSubmit: (body: Record<string, unknown>) => void
}) {
  const { values, set, bind } = useFormValues(initialValues(fields, record))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(body(fields, values))
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-6 px-6 py-4">
      <FormError message={error} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {fields.map((field, i) => {
          switch (field.kind) {
            case "gap":
              return <div key={`gap-${i}`} className="hidden md:block" />
            case "name-and-handle":
              return (
                <NameAndHandle
                  key="name"
                  nameLabel={field.label}
                  handleHint={field.handleHint}
                  name={values.name!}
                  handle={values.handle!}
                  isNew={!record}
                  set={set}
                />
              )
            case "select":
              return (
                <Field key={field.name} label={field.label} htmlFor={field.name} hint={field.hint}>
                  <SelectInput id={field.name} value={values[field.name]!} onChange={(value) => set(field.name, value)} options={field.options} />
                </Field>
              )
            case "switch":
              return (
                <div key={field.name} className="flex items-center gap-x-3 self-end pb-2">
                  <Switch id={field.name} checked={values[field.name] === "true"} onCheckedChange={(on) => set(field.name, String(on))} />
                  <Label htmlFor={field.name} size="small" weight="plus">
                    {field.label}
                  </Label>
                </div>
              )
            default:
              return (
                <Field
                  key={field.name}
                  label={field.label}
                  htmlFor={field.name}
                  hint={field.hint}
                  optional={field.optional}
                  className={clx(field.wide && "md:col-span-2")}
                >
                  {field.kind === "textarea" ? (
                    <Textarea {...bind(field.name)} rows={field.rows ?? 3} />
                  ) : (
                    <Input
                      {...bind(field.name)}
                      type={field.kind === "tel" || field.kind === "email" ? field.kind : undefined}
                      inputMode={field.inputMode ?? (field.kind === "number" ? "decimal" : undefined)}
                      placeholder={field.placeholder}
                      required={field.required}
                    />
                  )}
                </Field>
              )
          }
        })}
      </div>
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
